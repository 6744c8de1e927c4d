-- Indexes for reads at national scale (about 3,400 organisations, 60,000 cells; see
-- scripts/synthetic-country.mjs and test/query-plans.test.ts).
--
-- An organisation's cells: the live cells of a census in the source's order come straight from the
-- index, without sorting the census (the unique (census_id, slug) index finds them but not in order).
CREATE INDEX cells_census_position ON cells (census_id, position) WHERE deleted_at IS NULL;

-- Every read names an organisation's successors in the source's order.
CREATE INDEX organization_successors_position ON organization_successors (organization_id, position);
