/**
 * Syllables that plans use all the time, to rank suggestions at equal distance: for "viềt" both
 * "việt" and "viết" are one tone away, and a plan more often means the common one. Hand-picked from
 * the vocabulary of kế hoạch (no corpus ships with the app); only the ranking depends on it.
 */
import { spellKeySet } from './spell-key';

const TEXT = `
và các của có được trong cho với là những này thực hiện theo đến năm công tác quản lý phát triển kinh tế
xã hội nhà nước đảng chính trị tổ chức cơ quan đơn vị cán bộ nhân dân tỉnh huyện ủy ban người việc kế
hoạch nghị quyết định chỉ đạo triển khai đồng hiệu quả tăng cường nâng cao chất lượng xây dựng đầu tư hoạt
động sản xuất dịch vụ thông tin truyền bảo đảm vệ sinh môi trường an ninh quốc phòng giáo dục đào tạo y văn
hóa thể thao du lịch khoa học nghệ số chuyển đổi tài nguyên nông nghiệp lao giải pháp nhiệm mục tiêu yêu
cầu kiểm tra giám sát báo cáo đánh giá kết tình hình thời gian ngày tháng trên dưới về tại từ khi đã sẽ đang
không một hai ba hoặc như sau cụ thể viết việt nam mới các cấp sở ngành địa phương thành phố trung ương
ban hành lãnh chủ trì phối hợp chương trình đề án kinh phí nguồn vốn ngân sách tiến độ hoàn tổng doanh
nghiệp thủ tục cải cách hành chính điện tử số hóa dữ liệu hệ thống hạ tầng giao thông đô thị nông thôn
tập lập
`;

export const COMMON_SYLLABLES: ReadonlySet<string> = spellKeySet(TEXT.trim().split(/\s+/u));
