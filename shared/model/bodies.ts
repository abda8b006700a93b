import type { ThresholdRule } from '../voting/thresholds';

export type BodyKind = 'tinh_uy' | 'hdnd' | 'ubnd';
export const BODY_KINDS: readonly BodyKind[] = ['tinh_uy', 'hdnd', 'ubnd'];

export type QuorumRule = {
  kind: ThresholdRule['kind'];
  label: { vi: string; en: string };
  legalBasis: string;
};

export type BodyPreset = {
  kind: BodyKind;
  name: { vi: string; en: string };
  /** Meeting types offered for this body. */
  meetingTypes: readonly { id: string; vi: string; en: string }[];
  quorum: QuorumRule;
  /** Passing rules the chair may choose from; the first is the default. */
  voteRules: readonly ThresholdRule[];
};

/*
 * Legal bases quoted as text so every result can state the rule it applied. Verify against the texts in
 * force before each term; the data, not the code, changes when the law does.
 */
export const BODY_PRESETS: Readonly<Record<BodyKind, BodyPreset>> = {
  hdnd: {
    kind: 'hdnd',
    name: { vi: 'Hội đồng nhân dân tỉnh', en: 'Provincial People’s Council' },
    meetingTypes: [
      { id: 'ky_hop_thuong_le', vi: 'Kỳ họp thường lệ', en: 'Regular session' },
      { id: 'ky_hop_chuyen_de', vi: 'Kỳ họp chuyên đề', en: 'Thematic session' },
      { id: 'ky_hop_bat_thuong', vi: 'Kỳ họp bất thường', en: 'Extraordinary session' },
      { id: 'phien_hop_thuong_truc', vi: 'Phiên họp Thường trực HĐND', en: 'Standing committee meeting' },
    ],
    quorum: {
      kind: 'at_least_two_thirds',
      label: { vi: 'Ít nhất hai phần ba tổng số đại biểu có mặt', en: 'At least two thirds of all delegates present' },
      legalBasis: 'Luật Tổ chức chính quyền địa phương: kỳ họp HĐND được tiến hành khi có ít nhất hai phần ba tổng số đại biểu HĐND tham gia.',
    },
    voteRules: [
      {
        id: 'hdnd_resolution',
        kind: 'more_than_half',
        base: 'total',
        label: { vi: 'Quá nửa tổng số đại biểu HĐND', en: 'More than half of all delegates' },
        legalBasis: 'Luật Tổ chức chính quyền địa phương: nghị quyết của HĐND được thông qua khi có quá nửa tổng số đại biểu HĐND biểu quyết tán thành.',
      },
      {
        id: 'hdnd_dismissal',
        kind: 'at_least_two_thirds',
        base: 'total',
        label: { vi: 'Ít nhất hai phần ba tổng số đại biểu HĐND', en: 'At least two thirds of all delegates' },
        legalBasis: 'Luật Tổ chức chính quyền địa phương: nghị quyết bãi nhiệm đại biểu HĐND được thông qua khi có ít nhất hai phần ba tổng số đại biểu HĐND biểu quyết tán thành.',
      },
      {
        id: 'hdnd_procedural_present',
        kind: 'more_than_half',
        base: 'present',
        label: { vi: 'Quá nửa số đại biểu có mặt', en: 'More than half of those present' },
        legalBasis: 'Nội quy kỳ họp HĐND: các vấn đề thủ tục do chủ tọa đưa ra được thông qua khi quá nửa số đại biểu có mặt tán thành.',
      },
    ],
  },
  ubnd: {
    kind: 'ubnd',
    name: { vi: 'Ủy ban nhân dân tỉnh', en: 'Provincial People’s Committee' },
    meetingTypes: [
      { id: 'phien_hop_thuong_ky', vi: 'Phiên họp thường kỳ', en: 'Regular meeting' },
      { id: 'phien_hop_chuyen_de', vi: 'Phiên họp chuyên đề', en: 'Thematic meeting' },
      { id: 'phien_hop_bat_thuong', vi: 'Phiên họp bất thường', en: 'Extraordinary meeting' },
    ],
    quorum: {
      kind: 'at_least_two_thirds',
      label: { vi: 'Ít nhất hai phần ba tổng số thành viên có mặt', en: 'At least two thirds of all members present' },
      legalBasis: 'Luật Tổ chức chính quyền địa phương: phiên họp UBND được tiến hành khi có ít nhất hai phần ba tổng số thành viên UBND tham dự.',
    },
    voteRules: [
      {
        id: 'ubnd_decision',
        kind: 'more_than_half',
        base: 'total',
        label: { vi: 'Quá nửa tổng số thành viên UBND', en: 'More than half of all members' },
        legalBasis: 'Luật Tổ chức chính quyền địa phương: quyết định của UBND phải được quá nửa tổng số thành viên UBND biểu quyết tán thành.',
      },
    ],
  },
  tinh_uy: {
    kind: 'tinh_uy',
    name: { vi: 'Ban Chấp hành Đảng bộ tỉnh', en: 'Provincial Party Committee' },
    meetingTypes: [
      { id: 'hoi_nghi_bch', vi: 'Hội nghị Ban Chấp hành', en: 'Executive Committee plenum' },
      { id: 'hop_ban_thuong_vu', vi: 'Họp Ban Thường vụ', en: 'Standing Board meeting' },
    ],
    quorum: {
      kind: 'at_least_two_thirds',
      label: { vi: 'Ít nhất hai phần ba tổng số ủy viên có mặt', en: 'At least two thirds of all members present' },
      legalBasis: 'Quy định thi hành Điều lệ Đảng: hội nghị cấp ủy chỉ hợp lệ khi có ít nhất hai phần ba tổng số cấp ủy viên triệu tập tham dự.',
    },
    voteRules: [
      {
        id: 'party_resolution',
        kind: 'more_than_half',
        base: 'total',
        label: { vi: 'Quá nửa tổng số ủy viên', en: 'More than half of all members' },
        legalBasis: 'Điều lệ Đảng, Điều 9 khoản 5: quyết định của cơ quan lãnh đạo phải được quá nửa số thành viên trong cơ quan tán thành.',
      },
    ],
  },
};
