import { describe, expect, it } from 'vitest';
import { organizationMentions } from './organization-mentions.ts';

describe('organizationMentions', () => {
  it('names the organisation whether the text names it or its committee, with its level', () => {
    const text = 'Đảng bộ thị trấn Mường Khương kết nạp; Đảng ủy xã Bản Lầu giao; Huyện ủy Bảo Thắng chỉ đạo; Đảng bộ TP.Lào Cai';
    expect(organizationMentions(text).map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'Đảng bộ thị trấn Mường Khương', kind: 'grassroots' },
      { name: 'Đảng bộ xã Bản Lầu', kind: 'grassroots' },
      { name: 'Đảng bộ huyện Bảo Thắng', kind: 'district' },
      { name: 'Đảng bộ thành phố Lào Cai', kind: null },
    ]);
  });

  it('ends a name at the first word in lower case and spans the words it read', () => {
    const text = 'Năm nay, Đảng bộ phường Kim Tân kết nạp được 40 đảng viên';
    const [mention] = organizationMentions(text);
    expect(mention && text.slice(mention.span.start, mention.span.end)).toBe('Đảng bộ phường Kim Tân');
  });

  it('finds nothing in a text about a party organisation with no place name', () => {
    expect(organizationMentions('Đảng bộ đã kết nạp 12 đảng viên; đảng bộ cơ sở')).toEqual([]);
  });
});
