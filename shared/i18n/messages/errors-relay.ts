import type { MessageTable } from './types';

/** Errors the relay sends (HTTP API, room refusals, command processor). Keys start with `error.relay.`. */
export const errorsRelay = {
  'error.relay.internal': { vi: 'Máy chủ phòng họp gặp lỗi nội bộ.', en: 'The meeting-room relay had an internal error.' },

  // HTTP API, WebSocket upgrades and sign-in
  'error.relay.notFound': { vi: 'Không tìm thấy.', en: 'Not found.' },
  'error.relay.fileNotFound': { vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  'error.relay.sessionInvalid': {
    vi: 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session is invalid or has expired. Please sign in again.',
  },
  'error.relay.loginBodyInvalid': { vi: 'Dữ liệu đăng nhập không hợp lệ.', en: 'The sign-in data is not valid.' },
  'error.relay.loginMissing': { vi: 'Vui lòng nhập tên đăng nhập và mật khẩu.', en: 'Please enter your username and password.' },
  'error.relay.badLogin': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'The username or password is incorrect.' },
  'error.relay.loginThrottled': {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau một phút.',
    en: 'Too many failed sign-in attempts. Please try again in a minute.',
  },
  'error.relay.noMeetingPublished': {
    vi: 'Máy chủ phòng họp chưa có cuộc họp nào được phát hành.',
    en: 'No meeting has been published on the meeting-room relay yet.',
  },
  'error.relay.shuttingDown': { vi: 'Máy chủ phòng họp đang tắt.', en: 'The meeting-room relay is shutting down.' },
  'error.relay.overloaded': { vi: 'Máy chủ phòng họp đang quá tải.', en: 'The meeting-room relay is overloaded.' },

  // Yjs rooms (auth / permission-denied reasons)
  'error.relay.readOnlyMeeting': {
    vi: 'Chỉ thư ký và chủ tọa được sửa nội dung cuộc họp; bản cập nhật bị từ chối.',
    en: 'Only the secretariat and the chair may edit the meeting; the update was refused.',
  },
  'error.relay.readOnlyResults': {
    vi: 'Chỉ máy chủ phòng họp được ghi kết quả; bản cập nhật bị từ chối.',
    en: 'Only the meeting-room relay writes results; the update was refused.',
  },

  // Command channel and processor
  'error.relay.noProcessor': {
    vi: 'Máy chủ phòng họp chưa hỗ trợ lệnh này.',
    en: 'The meeting-room relay does not handle this command yet.',
  },
  'error.relay.commandFailed': {
    vi: 'Lỗi máy chủ phòng họp khi xử lý lệnh.',
    en: 'The meeting-room relay failed while handling the command.',
  },
  'error.relay.closedProcessor': {
    vi: 'Máy chủ phòng họp đang dừng; thao tác chưa được ghi nhận.',
    en: 'The meeting-room relay is stopping; the action was not recorded.',
  },
  'error.relay.wrongMeeting': {
    vi: 'Lệnh gửi tới một cuộc họp khác với cuộc họp đang diễn ra.',
    en: 'The command was sent for a different meeting from the one in progress.',
  },
  'error.relay.notParticipant': {
    vi: 'Bạn không có tên trong danh sách thành phần cuộc họp.',
    en: 'You are not on the list of meeting participants.',
  },
  'error.relay.roleMismatch': {
    vi: 'Vai trò trong phiên đăng nhập không khớp với danh sách thành phần cuộc họp.',
    en: 'The role in your session does not match the list of meeting participants.',
  },
  'error.relay.commandIdReused': {
    vi: 'Mã lệnh này đã được dùng cho một lệnh khác; hãy tạo mã lệnh mới.',
    en: 'This command id was already used for a different command; create a new command id.',
  },
  'error.relay.meetingNotOpen': { vi: 'Cuộc họp chưa khai mạc.', en: 'The meeting has not been opened yet.' },
  'error.relay.meetingClosed': { vi: 'Cuộc họp đã bế mạc.', en: 'The meeting has been closed.' },
  'error.relay.meetingAlreadyOpen': { vi: 'Cuộc họp đã được khai mạc.', en: 'The meeting is already open.' },
  'error.relay.voteStillOpen': {
    vi: 'Đang có biểu quyết chưa kết thúc; hãy kết thúc biểu quyết trước.',
    en: 'A vote is still open; close the vote first.',
  },
  'error.relay.offlineCheckIn': {
    vi: 'Máy của bạn đang mất kết nối với máy chủ phòng họp nên chưa điểm danh được. Hãy kiểm tra mạng rồi thử lại.',
    en: 'Your laptop has lost its connection to the meeting-room relay, so you could not be checked in. Check the network and try again.',
  },
  'error.relay.offlineVote': {
    vi: 'Máy của bạn đang mất kết nối với máy chủ phòng họp (không nhận được tín hiệu định kỳ) nên phiếu chưa được ghi nhận. Hãy kiểm tra mạng rồi biểu quyết lại.',
    en: 'Your laptop has lost its connection to the meeting-room relay (no heartbeat received), so your ballot was not recorded. Check the network and vote again.',
  },
  'error.relay.notMemberTarget': {
    vi: 'Người này không phải đại biểu (thành viên) của cuộc họp.',
    en: 'This person is not a delegate (member) of the meeting.',
  },
  'error.relay.unknownAgendaItem': {
    vi: 'Mục chương trình không thuộc cuộc họp này.',
    en: 'The agenda item does not belong to this meeting.',
  },
  'error.relay.alreadyQueued': {
    vi: 'Bạn đã đăng ký phát biểu và đang chờ đến lượt.',
    en: 'You have already requested the floor and are waiting for your turn.',
  },
  'error.relay.alreadySpeaking': { vi: 'Bạn đang phát biểu.', en: 'You have the floor.' },
  'error.relay.notCheckedInSpeak': {
    vi: 'Bạn cần điểm danh có mặt trước khi đăng ký phát biểu.',
    en: 'You need to check in before requesting the floor.',
  },
  'error.relay.nothingToWithdraw': { vi: 'Bạn không có đăng ký phát biểu nào đang chờ.', en: 'You have no pending request for the floor.' },
  'error.relay.requestNotFound': { vi: 'Không tìm thấy đăng ký phát biểu này.', en: 'This request for the floor was not found.' },
  'error.relay.requestNotQueued': {
    vi: 'Đăng ký phát biểu này không còn trong danh sách chờ.',
    en: 'This request for the floor is no longer in the queue.',
  },
  'error.relay.queueEmpty': { vi: 'Không còn ai trong danh sách đăng ký phát biểu.', en: 'Nobody is left in the queue of speakers.' },
  'error.relay.noCurrentSpeaker': { vi: 'Hiện không có ai đang phát biểu.', en: 'Nobody has the floor right now.' },
  'error.relay.voteNotFound': { vi: 'Không tìm thấy cuộc biểu quyết này.', en: 'This vote was not found.' },
  'error.relay.voteAlreadyOpen': {
    vi: 'Đang có một cuộc biểu quyết chưa kết thúc; mỗi lúc chỉ mở một cuộc biểu quyết.',
    en: 'Another vote is still open; only one vote can be open at a time.',
  },
  'error.relay.voteAlreadyClosed': { vi: 'Cuộc biểu quyết này đã kết thúc.', en: 'This vote has already been closed.' },
  'error.relay.noEntitled': {
    vi: 'Không có đại biểu nào được biểu quyết (mẫu số bằng 0); không thể mở biểu quyết.',
    en: 'No delegate is entitled to vote (the denominator is 0); the vote cannot be opened.',
  },
  'error.relay.notEntitledTotal': {
    vi: 'Bạn không có trong danh sách đại biểu được biểu quyết, chốt lúc mở biểu quyết.',
    en: 'You are not on the list of delegates entitled to vote, fixed when the vote was opened.',
  },
  'error.relay.notEntitledPresent': {
    vi: 'Bạn không có trong danh sách biểu quyết: quy tắc này tính trên số đại biểu có mặt, chốt lúc mở biểu quyết, khi đó bạn chưa được ghi nhận có mặt.',
    en: 'You are not on the voting list: this rule counts the delegates present, fixed when the vote was opened, and you were not recorded as present then.',
  },
  'error.relay.notCheckedInVote': {
    vi: 'Bạn chưa được ghi nhận có mặt; hãy điểm danh trước khi biểu quyết.',
    en: 'You are not recorded as present; check in before voting.',
  },
  'error.relay.alreadyVoted': {
    vi: 'Bạn đã biểu quyết trong cuộc biểu quyết này; mỗi đại biểu chỉ có một phiếu.',
    en: 'You have already voted in this vote; each delegate has one ballot.',
  },
  'error.relay.unknownOption': { vi: 'Phương án không thuộc cuộc biểu quyết này.', en: 'The option does not belong to this vote.' },
  'error.relay.constraint': {
    vi: 'Thao tác xung đột với dữ liệu đã ghi nên không được ghi nhận.',
    en: 'The action conflicts with data already recorded, so it was not recorded.',
  },
  'error.relay.storage': {
    vi: 'Máy chủ phòng họp gặp lỗi khi ghi dữ liệu; thao tác chưa được ghi nhận. Hãy thử lại.',
    en: 'The meeting-room relay failed to write its data; the action was not recorded. Please try again.',
  },
  'error.relay.voteClosedAt': {
    vi: 'Biểu quyết đã kết thúc lúc {time}; phiếu gửi sau thời điểm đó không được ghi nhận.',
    en: 'The vote closed at {time}; ballots sent after that moment are not recorded.',
  },
  'error.relay.unknownRule.hdnd': {
    vi: 'Quy tắc thông qua không thuộc các quy định của Hội đồng nhân dân tỉnh.',
    en: 'The passing rule is not one of the rules of the Provincial People’s Council.',
  },
  'error.relay.unknownRule.ubnd': {
    vi: 'Quy tắc thông qua không thuộc các quy định của Ủy ban nhân dân tỉnh.',
    en: 'The passing rule is not one of the rules of the Provincial People’s Committee.',
  },
  'error.relay.unknownRule.tinh_uy': {
    vi: 'Quy tắc thông qua không thuộc các quy định của Ban Chấp hành Đảng bộ tỉnh.',
    en: 'The passing rule is not one of the rules of the Provincial Party Committee.',
  },
  'error.relay.noQuorum': {
    vi: 'Chưa đủ số đại biểu có mặt theo quy định (có mặt {present}/{total}, cần ít nhất {required}); chưa thể mở biểu quyết.',
    en: 'Not enough delegates are present (present {present}/{total}, at least {required} needed); the vote cannot be opened yet.',
  },
  'error.relay.tallyMismatch': {
    vi: 'Số phiếu ({ballots}) khác số người đã bỏ phiếu ({voters}); kết quả chưa được công bố.',
    en: 'The number of ballots ({ballots}) differs from the number of voters ({voters}); the result was not announced.',
  },

  // Who may send each command (COMMAND_ROLES); one key per command type, see relay/commands/messages.ts.
  'error.relay.role.attendance:check-in': {
    vi: 'Chỉ đại biểu hoặc chủ tọa mới được điểm danh.',
    en: 'Only delegates or the chair may check in.',
  },
  'error.relay.role.attendance:set': {
    vi: 'Chỉ bộ phận thư ký mới được cập nhật điểm danh.',
    en: 'Only the secretariat may record attendance.',
  },
  'error.relay.role.agenda:set-current': {
    vi: 'Chỉ chủ tọa mới được chuyển mục chương trình.',
    en: 'Only the chair may set the current agenda item.',
  },
  'error.relay.role.speaker:request': {
    vi: 'Chỉ đại biểu hoặc chủ tọa mới được đăng ký phát biểu.',
    en: 'Only delegates or the chair may request the floor.',
  },
  'error.relay.role.speaker:withdraw': {
    vi: 'Chỉ đại biểu hoặc chủ tọa mới được rút đăng ký phát biểu.',
    en: 'Only delegates or the chair may withdraw a request for the floor.',
  },
  'error.relay.role.speaker:grant': { vi: 'Chỉ chủ tọa mới được mời phát biểu.', en: 'Only the chair may give the floor.' },
  'error.relay.role.speaker:next': {
    vi: 'Chỉ chủ tọa mới được mời người tiếp theo phát biểu.',
    en: 'Only the chair may give the floor to the next speaker.',
  },
  'error.relay.role.speaker:end': { vi: 'Chỉ chủ tọa mới được kết thúc lượt phát biểu.', en: 'Only the chair may end the current speech.' },
  'error.relay.role.vote:open': { vi: 'Chỉ chủ tọa mới được mở biểu quyết.', en: 'Only the chair may open a vote.' },
  'error.relay.role.vote:cast': { vi: 'Chỉ đại biểu hoặc chủ tọa mới được biểu quyết.', en: 'Only delegates or the chair may vote.' },
  'error.relay.role.vote:close': { vi: 'Chỉ chủ tọa mới được kết thúc biểu quyết.', en: 'Only the chair may close a vote.' },
  'error.relay.role.meeting:open': { vi: 'Chỉ chủ tọa mới được khai mạc cuộc họp.', en: 'Only the chair may open the meeting.' },
  'error.relay.role.meeting:close': { vi: 'Chỉ chủ tọa mới được bế mạc cuộc họp.', en: 'Only the chair may close the meeting.' },
  // Relay hardening: refused updates, quotas, awareness, sockets per user, login content type.
  'error.relay.updateMalformed': {
    vi: 'Bản cập nhật không đọc được hoặc không áp dụng được; máy chủ phòng họp không lưu phần nào của nó.',
    en: 'The update could not be read or applied; the relay stored none of it.',
  },
  'error.relay.tooManyMissing': {
    vi: 'Quá nhiều bản cập nhật thiếu dữ liệu gốc ({limit}); kết nối bị đóng.',
    en: 'Too many updates with missing dependencies ({limit}); connection closed.',
  },
  'error.relay.tooManyRefused': {
    vi: 'Quá nhiều bản cập nhật bị từ chối (tối đa {perMinute} mỗi phút); hãy thử lại sau.',
    en: 'Too many refused updates (at most {perMinute} a minute); try again later.',
  },
  'error.relay.notAuthor': {
    vi: 'Chỉ được thêm, sửa hoặc xoá ghi chú chung do chính mình tạo; bản cập nhật bị từ chối.',
    en: 'You may only add, change or delete your own shared annotations; the update was refused.',
  },
  'error.relay.notAnnotation': {
    vi: 'Bản cập nhật chứa dữ liệu không phải ghi chú hợp lệ; bị từ chối.',
    en: 'The update holds data that is not a valid annotation; refused.',
  },
  'error.relay.wrongDocument': {
    vi: 'Ghi chú thuộc tài liệu khác; bản cập nhật bị từ chối.',
    en: 'The annotation belongs to another document; the update was refused.',
  },
  'error.relay.notShared': {
    vi: 'Chỉ ghi chú đã chia sẻ mới được ghi vào sổ ghi chú chung; bản cập nhật bị từ chối.',
    en: 'Only shared annotations may be written to the shared room; the update was refused.',
  },
  'error.relay.roomQuota': {
    vi: 'Sổ ghi chú này đã đạt giới hạn dung lượng ({limitMiB} MiB); bản cập nhật bị từ chối.',
    en: 'This room has reached its storage limit ({limitMiB} MiB); the update was refused.',
  },
  'error.relay.userQuota': {
    vi: 'Tài khoản đã dùng hết dung lượng lưu trữ cho phép trên máy chủ phòng họp ({limitMiB} MiB); bản cập nhật bị từ chối.',
    en: 'This account has used all the storage the relay allows it ({limitMiB} MiB); the update was refused.',
  },
  'error.relay.tooManyConnections': {
    vi: 'Tài khoản này đang mở quá nhiều kết nối ({limit}); hãy đóng bớt cửa sổ hoặc thử lại sau.',
    en: 'This account has too many open connections ({limit}); close some windows or try again later.',
  },
  'error.relay.tooManyDownloads': {
    vi: 'Tài khoản này đang tải quá nhiều tài liệu cùng lúc (tối đa {limit}); hãy thử lại sau giây lát.',
    en: 'This account is downloading too many documents at once (at most {limit}); try again in a moment.',
  },
  'error.relay.awarenessTooLarge': {
    vi: 'Trạng thái hiện diện quá lớn (tối đa {limitBytes} byte); không được chuyển tiếp.',
    en: 'Awareness state too large (at most {limitBytes} bytes); not relayed.',
  },
  'error.relay.awarenessRate': {
    vi: 'Trạng thái hiện diện gửi quá nhanh (tối đa {perSecond} lần mỗi giây); phần vượt không được chuyển tiếp.',
    en: 'Awareness updates too frequent (at most {perSecond} per second); the excess is not relayed.',
  },
  'error.relay.awarenessClients': {
    vi: 'Kết nối chỉ được khai báo tối đa {limit} trạng thái hiện diện của chính mình; không được chuyển tiếp.',
    en: 'A connection may announce at most {limit} awareness states of its own; not relayed.',
  },
  'error.relay.loginContentType': {
    vi: 'Yêu cầu đăng nhập phải gửi Content-Type: application/json.',
    en: 'A login request must be sent with Content-Type: application/json.',
  },

  // Command validation (shared/meeting-live/validate.ts: the relay's parser, also run by the chair's forms).
  // {@label} is one of error.cmd.field.*
  'error.cmd.notObject': { vi: 'Lệnh phải là một đối tượng JSON.', en: 'A command must be a JSON object.' },
  'error.cmd.unknownType': { vi: 'Loại lệnh không được hỗ trợ.', en: 'Unsupported command type.' },
  'error.cmd.commandId': {
    vi: 'Mã lệnh (commandId) không hợp lệ: 1–64 ký tự chữ, số, "-" hoặc "_".',
    en: 'Invalid command id (commandId): 1–64 letters, digits, "-" or "_".',
  },
  'error.cmd.actorVoter': {
    vi: 'Không được chỉ định người bỏ phiếu (trường "{field}"): phiếu luôn được ghi cho chính người gửi.',
    en: 'A command cannot name the voter (field "{field}"): a ballot is always recorded for its sender.',
  },
  'error.cmd.actor': {
    vi: 'Không được chỉ định người thực hiện (trường "{field}"): lệnh luôn được ghi cho chính người gửi.',
    en: 'A command cannot name who performs it (field "{field}"): it is always recorded for its sender.',
  },
  'error.cmd.extraField': { vi: 'Trường "{field}" không thuộc lệnh {type}.', en: 'The field "{field}" is not part of the {type} command.' },
  'error.cmd.missing': { vi: 'Thiếu {@label}.', en: 'The {@label} is missing.' },
  'error.cmd.notString': { vi: 'Giá trị của {@label} phải là chuỗi ký tự.', en: 'The {@label} must be text.' },
  'error.cmd.control': {
    vi: 'Giá trị của {@label} chứa ký tự điều khiển không hợp lệ.',
    en: 'The {@label} contains invalid control characters.',
  },
  'error.cmd.empty': { vi: 'Không được để trống {@label}.', en: 'The {@label} must not be empty.' },
  'error.cmd.tooLong': { vi: 'Giá trị của {@label} dài quá {max} ký tự.', en: 'The {@label} is longer than {max} characters.' },
  'error.cmd.invalid': { vi: 'Giá trị của {@label} không hợp lệ.', en: 'The {@label} is not valid.' },
  'error.cmd.notOneOf': {
    vi: 'Giá trị của {@label} không hợp lệ (chấp nhận: {allowed}).',
    en: 'The {@label} is not valid (accepted: {allowed}).',
  },
  'error.cmd.reasonOnlyAbsent': {
    vi: 'Chỉ ghi lý do khi đánh dấu "vắng có lý do".',
    en: 'A reason is recorded only with "absent with reason".',
  },
  'error.cmd.agendaMissing': {
    vi: 'Thiếu mục chương trình (agendaItemId, hoặc null).',
    en: 'The agenda item (agendaItemId, or null) is missing.',
  },
  'error.cmd.pagePositive': { vi: 'Số trang phải là số nguyên dương.', en: 'The page number must be a positive whole number.' },
  'error.cmd.pageNeedsDocument': { vi: 'Chỉ định trang thì phải chỉ định tài liệu.', en: 'A page needs a document.' },
  'error.cmd.documentNeedsItem': {
    vi: 'Không thể mở tài liệu khi chưa chọn mục chương trình.',
    en: 'A document cannot be opened without an agenda item.',
  },
  'error.cmd.optionsArray': { vi: 'Danh sách phương án phải là một mảng.', en: 'The options must be a list.' },
  'error.cmd.optionsCount': { vi: 'Cần từ {min} đến {max} phương án.', en: 'Between {min} and {max} options are needed.' },
  'error.cmd.optionDuplicate': { vi: 'Phương án "{option}" bị trùng.', en: 'The option "{option}" appears twice.' },
  'error.cmd.field.userId': { vi: 'mã đại biểu', en: 'delegate id' },
  'error.cmd.field.attendanceStatus': { vi: 'trạng thái điểm danh', en: 'attendance status' },
  'error.cmd.field.absenceReason': { vi: 'lý do vắng mặt', en: 'reason for absence' },
  'error.cmd.field.agendaItem': { vi: 'mục chương trình', en: 'agenda item' },
  'error.cmd.field.document': { vi: 'tài liệu', en: 'document' },
  'error.cmd.field.speakerKind': { vi: 'hình thức phát biểu', en: 'kind of speech' },
  'error.cmd.field.topic': { vi: 'nội dung đăng ký', en: 'topic' },
  'error.cmd.field.requestId': { vi: 'mã đăng ký phát biểu', en: 'request id' },
  'error.cmd.field.question': { vi: 'nội dung biểu quyết', en: 'question' },
  'error.cmd.field.voteKind': { vi: 'hình thức biểu quyết', en: 'kind of vote' },
  'error.cmd.field.ruleId': { vi: 'quy tắc thông qua', en: 'passing rule' },
  'error.cmd.field.voteId': { vi: 'mã cuộc biểu quyết', en: 'vote id' },
  'error.cmd.field.option': { vi: 'phương án', en: 'option' },
  'error.cmd.field.text': { vi: 'nội dung', en: 'text' },
  'error.cmd.field.revoteOf': { vi: 'cuộc biểu quyết cần biểu quyết lại', en: 'the vote to repeat' },

  // Tally input checks (shared/voting/tally.ts): only corrupted input reaches them.
  'error.tally.rule': { vi: 'Quy tắc biểu quyết không hợp lệ.', en: 'The voting rule is not valid.' },
  'error.tally.members': { vi: 'Tổng số đại biểu không hợp lệ.', en: 'The total number of delegates is not valid.' },
  'error.tally.present': {
    vi: 'Số đại biểu có mặt phải là số nguyên từ 0 đến tổng số đại biểu.',
    en: 'The number of delegates present must be a whole number from 0 to the total number of delegates.',
  },
  'error.tally.noOptions': { vi: 'Biểu quyết phải có ít nhất một phương án.', en: 'A vote needs at least one option.' },
  'error.tally.duplicateOption': { vi: 'Mã phương án bị trùng.', en: 'An option id appears twice.' },
  'error.tally.unknownOption': { vi: 'Có phiếu cho phương án không tồn tại.', en: 'There are ballots for an option that does not exist.' },
  'error.tally.count': { vi: 'Số phiếu phải là số nguyên không âm.', en: 'A ballot count must be a non-negative whole number.' },
  'error.tally.favour': { vi: 'Phương án tán thành không tồn tại.', en: 'The option in favour does not exist.' },
  'error.tally.tooManyBallots': {
    vi: 'Số phiếu ({cast}) vượt quá mẫu số pháp lý N = {n}.',
    en: 'The number of ballots ({cast}) exceeds the legal denominator N = {n}.',
  },
} as const satisfies MessageTable;
