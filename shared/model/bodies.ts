/** The family of bodies a meeting belongs to (Party, council, people's committee): names and meeting types. */
export type BodyKind = 'tinh_uy' | 'hdnd' | 'ubnd';
export const BODY_KINDS: readonly BodyKind[] = ['tinh_uy', 'hdnd', 'ubnd'];

export type BodyPreset = {
  kind: BodyKind;
  name: { vi: string; en: string };
  /** Meeting types offered for this body. */
  meetingTypes: readonly { id: string; vi: string; en: string }[];
};

/*
 * Quorum and passing rules are not here: they are dated data with citations (shared/voting/rule-data.ts),
 * resolved for the meeting's body (shared/model/roster.ts BodyType) on the meeting's date. Standing bodies
 * (Thường trực HĐND, Ban Thường vụ) are bodies of their own with their own members, not meeting types here.
 * Since 2019 the wording is "họp chuyên đề / họp để giải quyết công việc phát sinh đột xuất", not "bất thường".
 */
export const BODY_PRESETS: Readonly<Record<BodyKind, BodyPreset>> = {
  hdnd: {
    kind: 'hdnd',
    name: { vi: 'Hội đồng nhân dân tỉnh', en: 'Provincial People’s Council' },
    meetingTypes: [
      { id: 'ky_hop_thuong_le', vi: 'Kỳ họp thường lệ', en: 'Regular session' },
      { id: 'ky_hop_chuyen_de', vi: 'Kỳ họp chuyên đề', en: 'Thematic session' },
      { id: 'ky_hop_dot_xuat', vi: 'Kỳ họp giải quyết công việc phát sinh đột xuất', en: 'Session on urgent matters' },
    ],
  },
  ubnd: {
    kind: 'ubnd',
    name: { vi: 'Ủy ban nhân dân tỉnh', en: 'Provincial People’s Committee' },
    meetingTypes: [
      { id: 'phien_hop_thuong_ky', vi: 'Phiên họp thường kỳ', en: 'Regular meeting' },
      { id: 'phien_hop_chuyen_de', vi: 'Phiên họp chuyên đề', en: 'Thematic meeting' },
      { id: 'phien_hop_dot_xuat', vi: 'Phiên họp giải quyết công việc phát sinh đột xuất', en: 'Meeting on urgent matters' },
    ],
  },
  tinh_uy: {
    kind: 'tinh_uy',
    name: { vi: 'Ban Chấp hành Đảng bộ tỉnh', en: 'Provincial Party Committee' },
    meetingTypes: [
      { id: 'hoi_nghi_bch', vi: 'Hội nghị Ban Chấp hành', en: 'Executive Committee plenum' },
      { id: 'hoi_nghi_bch_chuyen_de', vi: 'Hội nghị Ban Chấp hành chuyên đề', en: 'Thematic plenum' },
    ],
  },
};

/** Meeting types of earlier versions, kept only so old meetings still show a name. */
export const RETIRED_MEETING_TYPES: Readonly<Record<string, { vi: string; en: string }>> = {
  ky_hop_bat_thuong: { vi: 'Kỳ họp giải quyết công việc phát sinh đột xuất', en: 'Session on urgent matters' },
  phien_hop_bat_thuong: { vi: 'Phiên họp giải quyết công việc phát sinh đột xuất', en: 'Meeting on urgent matters' },
  phien_hop_thuong_truc: { vi: 'Phiên họp Thường trực HĐND', en: 'Standing committee meeting' },
  hop_ban_thuong_vu: { vi: 'Họp Ban Thường vụ', en: 'Standing Board meeting' },
};
