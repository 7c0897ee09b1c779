/**
 * Every command of the `kehoach` CLI, in the order the usage text lists them. A command's module,
 * and the libraries it needs, load only when it runs, so that `kehoach --help` starts at once.
 */
import type { CommandEntry } from '../command';

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'templates',
    usage: ['templates [--json]                              liệt kê các mẫu'],
    load: async () => (await import('./templates')).templatesCommand,
  },
  {
    name: 'new',
    usage: ['new <mã mẫu> -o <kế-hoạch.kehoach>              tạo kế hoạch mới từ mẫu'],
    load: async () => (await import('./new')).newCommand,
  },
  {
    name: 'inspect',
    usage: [
      'inspect <kế-hoạch.kehoach|văn-bản.docx|.txt|.pdf|.png|.jpg|.tif> [--json] tóm tắt kế hoạch',
      '      [--ocr auto|always|never]',
    ],
    load: async () => (await import('./inspect')).inspectCommand,
  },
  {
    name: 'import',
    usage: [
      'import <văn-bản.docx|.txt|.pdf|.png|.jpg|.tif> -o <kế-hoạch.kehoach>  nhận dạng văn bản thành kế hoạch',
      '      [--accept-all | --reject-all]  tệp còn thay đổi được theo dõi, ý kiến: chấp nhận hay từ chối tất cả',
      '      [--ocr auto|always|never]   bản quét: nhận dạng chữ (OCR) trên máy này',
    ],
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'export',
    usage: [
      'export <kế-hoạch.kehoach> [--docx <ra.docx>] [--pdf <ra.pdf>]  xuất văn bản DOCX và/hoặc PDF',
      '      [--word-numbering]  số mục, số khoản trong DOCX do Word tự đánh (để sửa tiếp trong Word)',
    ],
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'check',
    usage: [
      'check <kế-hoạch.kehoach|văn-bản.docx> [--json]  kiểm tra thể thức',
      '      [--annotate <bản-nhận-xét.docx>]  ghi từng lỗi thành nhận xét Word trong bản sao của tệp .docx',
    ],
    load: async () => (await import('./check')).checkCommand,
  },
  {
    name: 'clone',
    usage: [
      'clone <cấp-trên.kehoach> --unit "<đơn vị>" -o <tệp.kehoach>  kế hoạch thực hiện của đơn vị cấp dưới',
      '      [--lead-only] [--direct-only] [--include-related] [--allow-empty]',
    ],
    load: async () => (await import('./clone')).cloneCommand,
  },
  {
    name: 'coverage',
    usage: [
      'coverage <con.kehoach> --parent <cấp-trên.kehoach> [--json]  nhiệm vụ được giao đã có / chưa có',
      '      [--unit "<đơn vị>"] [--lead-only] [--direct-only] [--include-related]',
    ],
    load: async () => (await import('./coverage')).coverageCommand,
  },
  {
    name: 'compare',
    usage: ['compare <cũ.kehoach|.docx> <mới.kehoach|.docx> [--json] [--docx bản-so-sánh.docx]  khác nhau theo cấu trúc'],
    load: async () => (await import('./compare')).compareCommand,
  },
  {
    name: 'review',
    usage: [
      'review <kế-hoạch.kehoach> <nhận-lại.docx> [--json] [--accept-all | --reject-all] [-o <ra.kehoach>]',
      '      thay đổi được theo dõi và ý kiến của tệp nhận lại, đặt vào kế hoạch',
    ],
    load: async () => (await import('./review')).reviewCommand,
  },
  {
    name: 'feedback',
    usage: ['feedback <kế-hoạch.kehoach> <nhận-lại.docx>… --docx <bảng.docx> [--group unit|part] [--json]  bảng tổng hợp ý kiến góp ý'],
    load: async () => (await import('./feedback')).feedbackCommand,
  },
  {
    name: 'track',
    usage: [
      'track <thư-mục> [--parent <cấp-trên.kehoach>] [--json]  đơn vị nào đã có kế hoạch, cụ thể hóa những nhiệm vụ nào',
      '      [--report <báo-cáo.docx|.pdf>] [--reminders <thư-mục-công-văn/> [--format docx|pdf|both]]',
    ],
    load: async () => (await import('./track')).trackCommand,
  },
];
