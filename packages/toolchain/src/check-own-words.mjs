#!/usr/bin/env node
// `pnpm lint`'s check that no file of the repository carries copied text of a newspaper article.
// Compares every text file git knows of (tracked or new, not ignored) with the fingerprints under
// packages/toolchain/articles/; prints each copied passage with its file and line and exits 1.
//
//   node packages/toolchain/src/check-own-words.mjs                      check the repository
//   node packages/toolchain/src/check-own-words.mjs --add <article.txt>  fingerprint one more article
//
// Fingerprinting an article keeps only hashes in articles/<name>.txt; the article stays outside.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFingerprints, copiedPassages } from './own-words.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../articles/', import.meta.url));
/** Larger files are data or generated, not prose we wrote. */
const MAX_BYTES = 2_000_000;
/** Generated or fingerprint files, never prose. */
const SKIP = [/(^|\/)pnpm-lock\.yaml$/, /^packages\/toolchain\/articles\//];

function repositoryFiles() {
  let listed;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`the own-words check lists the repository's files with git, which failed here: ${error.message}`, { cause: error });
  }
  return listed.split('\0').filter((path) => path !== '' && !SKIP.some((pattern) => pattern.test(path)));
}

function readText(path) {
  const absolute = join(ROOT, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    return null; // listed by git but deleted in the working tree
  }
  if (!stats.isFile() || stats.size > MAX_BYTES) return null;
  const bytes = readFileSync(absolute);
  return bytes.includes(0) ? null : bytes.toString('utf8');
}

function loadFingerprints() {
  const byArticle = new Map();
  for (const file of readdirSync(ARTICLES).filter((name) => name.endsWith('.txt'))) {
    const prints = readFileSync(join(ARTICLES, file), 'utf8')
      .split('\n')
      .filter((line) => /^[0-9a-f]{16}$/.test(line));
    byArticle.set(basename(file, '.txt'), new Set(prints));
  }
  return byArticle;
}

function add(articlePath) {
  const target = join(ARTICLES, basename(articlePath).replace(/\.[^.]*$/, '') + '.txt');
  const prints = articleFingerprints(readFileSync(articlePath, 'utf8'));
  writeFileSync(target, `${prints.join('\n')}\n`);
  console.log(`${prints.length} fingerprints of ${articlePath} written to ${relative(ROOT, target)}`);
}

function check() {
  const articles = loadFingerprints();
  if (articles.size === 0) throw new Error(`no fingerprints in ${ARTICLES}`);
  const files = repositoryFiles();
  let copies = 0;
  for (const path of files) {
    const text = readText(path);
    if (text === null) continue;
    for (const [article, prints] of articles) {
      for (const passage of copiedPassages(text, prints)) {
        copies++;
        const copied = passage.words.split(' ');
        const excerpt = copied.length > 20 ? `${copied.slice(0, 20).join(' ')} …` : passage.words;
        console.error(`${path}:${passage.line}: ${copied.length} words in a row from the article "${article}": ${excerpt}`);
      }
    }
  }
  if (copies > 0) {
    console.error(
      `\n${copies} passage(s) copied from a newspaper article. Write them in our own words: facts and figures may come from a source, its sentences may not.`,
    );
    process.exit(1);
  }
  console.log(`own words: ${files.length} files checked against ${articles.size} article(s), no copied passage`);
}

const [flag, path] = process.argv.slice(2);
if (flag === '--add' && path) add(path);
else if (flag === undefined) check();
else {
  console.error('usage: check-own-words.mjs [--add <article.txt>]');
  process.exit(2);
}
