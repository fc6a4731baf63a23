import type { Command } from './args';
import type { CliLang } from './text';

const GENERAL = {
  vi: `thi-dua-cchc — xét khen thưởng theo Kế hoạch thi đua “Đẩy mạnh cải cách hành chính trên địa bàn
xã Vĩnh Bảo giai đoạn 2026 - 2030”: tiêu chuẩn, thời hạn, số lượng; mỗi kết quả dẫn điều khoản.

Cách dùng:
  thi-dua-cchc evaluate <tệp>        Đánh giá các hồ sơ đề nghị (Excel .xlsx, CSV hoặc JSON)
  thi-dua-cchc deadline --track <t> --year <năm> [--submitted <thời điểm>] [--as-of <thời điểm>] [--inclusive]
                                     Kiểm tra thời hạn nộp hồ sơ (mục III.3)
  thi-dua-cchc allocate <tệp> --level <cấp> [--budget <đồng>] [--decision-date <ngày>] [--history <tệp>]
                                     Đánh giá rồi xét chọn theo chỉ tiêu, kinh phí, thứ tự ưu tiên
  thi-dua-cchc rules [bộ tiêu chí]   In các bộ tiêu chí: mã điều khoản, nội dung, dữ kiện
  thi-dua-cchc test [tệp…]           Chạy các tình huống pháp lý (mặc định: các tình huống kèm gói)
  thi-dua-cchc diff <tệp> --plan <A> [--plan <B>]
                                     Các hồ sơ có kết quả thay đổi giữa hai kế hoạch
  thi-dua-cchc template <bộ tiêu chí> [--format csv|xlsx --output <tệp>]
                                     Tệp nhập liệu trống, mỗi cột có mô tả

Tùy chọn chung:
  --plan <tệp>                  Tệp kế hoạch (định dạng của loadPlan; mặc định: kế hoạch Vĩnh Bảo kèm gói)
  --lang vi|en                  Ngôn ngữ (mặc định: vi)
  --format table|json|csv|md    Định dạng (mặc định: table trên màn hình, json khi chuyển hướng)
  --no-bom                      Không thêm BOM UTF-8 trước CSV (mặc định có, để Excel đọc đúng tiếng Việt)
  --delimiter , | ; | tab       Dấu phân cách cột của tệp CSV đọc vào (mặc định: nhận từ hàng tiêu đề)
  --sheet <tên>                 Trang tính của tệp .xlsx (mặc định: trang đầu)
  --verbose                     Ghi ra stderr cách đọc tệp (dấu phân cách, trang tính)
  -h, --help                    Trợ giúp (thi-dua-cchc <lệnh> --help: trợ giúp của lệnh)
  -v, --version                 Phiên bản

Mã thoát: 0 xong; 2 sai cách dùng hoặc dữ liệu không hợp lệ (thông báo nêu tệp, hàng, cột);
1 lỗi ngoài dự kiến, hoặc (lệnh test) có tình huống không đạt.`,
  en: `thi-dua-cchc — commendation under the Vĩnh Bảo commune plan “Stepping up administrative reform,
2026–2030”: standards, deadlines, quotas; every answer cites its clause.

Usage:
  thi-dua-cchc evaluate <file>        Evaluate nominations (Excel .xlsx, CSV or JSON)
  thi-dua-cchc deadline --track <t> --year <year> [--submitted <instant>] [--as-of <instant>] [--inclusive]
                                      Check a dossier deadline (section III.3)
  thi-dua-cchc allocate <file> --level <level> [--budget <vnd>] [--decision-date <date>] [--history <file>]
                                      Evaluate, then select by quota, budget and priority
  thi-dua-cchc rules [ruleSet]        Print the rule sets: clause IDs, text, facts
  thi-dua-cchc test [file…]           Run legal scenarios (default: the scenarios the package ships)
  thi-dua-cchc diff <file> --plan <A> [--plan <B>]
                                      The nominations whose outcome changes between two plans
  thi-dua-cchc template <ruleSet> [--format csv|xlsx --output <file>]
                                      An empty input file, each column described

Options for every command:
  --plan <file>                 A plan file (loadPlan's format; default: the bundled Vĩnh Bảo plan)
  --lang vi|en                  Language (default: vi, Vietnamese)
  --format table|json|csv|md    Output (default: table on a terminal, json when piped)
  --no-bom                      No UTF-8 byte order mark before CSV (written by default, for Excel)
  --delimiter , | ; | tab       The column separator of an input CSV (default: found in the header row)
  --sheet <name>                The sheet of an .xlsx input (default: the first)
  --verbose                     Say on stderr how files are read (separator, sheet)
  -h, --help                    Help (thi-dua-cchc <command> --help for a command)
  -v, --version                 Version

Exit codes: 0 done; 2 bad usage or invalid data (the message names the file, row and column);
1 unexpected error, or (test) a scenario failed.`,
};

const COMMAND_HELP: Record<Command, { vi: string; en: string }> = {
  evaluate: {
    vi: `thi-dua-cchc evaluate <tệp> [--lang vi|en] [--format table|json|csv|md]

Đánh giá từng hồ sơ theo bộ tiêu chí của nó: đủ tiêu chuẩn, không đủ tiêu chuẩn, hoặc chưa xác
định (kèm các dữ kiện còn thiếu). In một bảng cho mỗi bộ tiêu chí. <tệp> là - để đọc từ stdin.
  --max-bytes <cỡ>  giới hạn cỡ tệp đọc vào (mặc định 50M, tối đa 256M; hoặc biến THI_DUA_CCHC_MAX_BYTES);
                    tệp phải là tệp thông thường (không phải thiết bị hay FIFO) hoặc -

JSON: một mảng các hồ sơ, đúng dạng Nomination của thư viện.
CSV: mỗi hàng một hồ sơ; hàng 1 là tiêu đề. Các cột:
  id, ruleSet, year, kind, name, unitId          (bắt buộc, trừ year cho bộ period-2026-2030)
  unitName, unitBlock                            (tùy chọn; unitBlock: department|ward|commune|special-zone
                                                  hoặc sở|phường|xã|đặc khu)
  các dữ kiện: goodConduct, excellentCompletion, reformRoles, parIndexRank, … (xem: thi-dua-cchc rules)
  achievements (mã thành tích, cách nhau bằng ;), submittedAt, outsideQuota
Giá trị: có/không, x, true/false, 1/0 (không phân biệt hoa thường); ô trống = chưa biết (không
bao giờ là “không”); danh sách cách nhau bằng ; (2026;2027;2028, advise;organize hoặc tham mưu;tổ chức
thực hiện); “không” = danh sách rỗng; kind: collective|individual hoặc tập thể|cá nhân.
Tiêu đề cột tiếng Việt cũng được nhận (Mã hồ sơ, Năm, Họ tên, Đơn vị…; xem: thi-dua-cchc template).
Tệp .xlsx: đọc trực tiếp (trang đầu hoặc --sheet); ô ngày của Excel là ngày đó theo giờ Việt Nam.
CSV phải là UTF-8; dấu phân cách , ; hoặc tab được nhận từ hàng tiêu đề. Hàng bắt đầu bằng # bị bỏ qua.`,
    en: `thi-dua-cchc evaluate <file> [--lang vi|en] [--format table|json|csv|md]

Evaluates each nomination against its rule set: eligible, ineligible, or undetermined (with the
facts still missing). Prints one table per rule set. <file> may be - to read stdin.
  --max-bytes <size>  the most an input file may hold (default 50M, at most 256M; or the variable
                      THI_DUA_CCHC_MAX_BYTES); a file must be a regular file (not a device or a FIFO) or -

JSON: an array of nominations, the library's Nomination shape.
CSV: one row per nomination; row 1 is the header. Columns:
  id, ruleSet, year, kind, name, unitId          (required, except year for period-2026-2030)
  unitName, unitBlock                            (optional; unitBlock: department|ward|commune|special-zone
                                                  or sở|phường|xã|đặc khu)
  the facts: goodConduct, excellentCompletion, reformRoles, parIndexRank, … (see: thi-dua-cchc rules)
  achievements (achievement IDs separated by ;), submittedAt, outsideQuota
Values: có/không (yes/no), x, true/false, 1/0 (any case); an empty cell = unknown (never “no”);
lists separated by ; (2026;2027;2028, advise;organize or the plan's words tham mưu;tổ chức thực hiện);
“không” = an empty list; kind: collective|individual or tập thể|cá nhân.
Vietnamese column headers are accepted too (Mã hồ sơ, Năm, Họ tên, Đơn vị…; see: thi-dua-cchc template).
.xlsx files are read directly (the first sheet, or --sheet); an Excel date cell is that day in Vietnam time.
CSV must be UTF-8; the separator , ; or tab is found in the header row. Rows starting with # are skipped.`,
  },
  deadline: {
    vi: `thi-dua-cchc deadline --track <loại> [--year <năm>] [--submitted <thời điểm>] [--as-of <thời điểm>]
                      [--inclusive] [--period-deadline <ngày>]

  --track            annual-grassroots (trước 20/11), annual-city (trước 10/3 và 31/3 năm sau),
                     ad-hoc (đột xuất), period-2026-2030 (tổng kết giai đoạn)
  --year             năm đánh giá (bắt buộc với các loại hàng năm)
  --submitted        thời điểm hồ sơ đến: quyết định đúng hạn / trễ hạn
  --as-of            “bây giờ”: quyết định còn hạn / hết hạn và số ngày còn lại
                     (không có cả hai: tính đến thời điểm hiện tại của máy)
  --inclusive        đọc “trước ngày D” là D vẫn còn hạn (mặc định: ngày cuối là D-1)
  --period-deadline  ngày của kế hoạch tổng kết giai đoạn của xã (YYYY-MM-DD)
Ngày: YYYY-MM-DD hoặc dd/mm/yyyy là ngày đó theo giờ Việt Nam (từ 0 giờ). Thời điểm có giờ phải có
múi giờ (2026-11-19T17:30:00Z hoặc 2026-11-20T00:30+07:00); giờ không kèm múi giờ bị từ chối.`,
    en: `thi-dua-cchc deadline --track <track> [--year <year>] [--submitted <instant>] [--as-of <instant>]
                      [--inclusive] [--period-deadline <date>]

  --track            annual-grassroots (before 20/11), annual-city (before 10/3 and 31/3 the next year),
                     ad-hoc, period-2026-2030 (period summary)
  --year             the assessment year (required for the annual tracks)
  --submitted        when the dossier arrived: decides on time / late
  --as-of            “now”: decides open / closed and the days left
                     (with neither: as of the machine's current time)
  --inclusive        read “before day D” as D still counting (default: the last day is D-1)
  --period-deadline  the date of the commune's period-summary plan (YYYY-MM-DD)
Dates: YYYY-MM-DD or dd/mm/yyyy is that day in Vietnam time (from its start). An instant with a time
carries its offset (2026-11-19T17:30:00Z or 2026-11-20T00:30+07:00); a time without one is refused.`,
  },
  allocate: {
    vi: `thi-dua-cchc allocate <tệp> --level <cấp> [--budget <đồng>] [--decision-date <YYYY-MM-DD>] [--history <tệp>]

Đánh giá các hồ sơ trong <tệp> (như evaluate), rồi xét chọn: chỉ hồ sơ đủ tiêu chuẩn; cấp thành phố
mỗi đơn vị tối đa 1 tập thể, 1 cá nhân; thứ tự ưu tiên; kinh phí; mỗi thành tích chỉ khen một lần;
đồng hạng tại điểm cắt được nêu để Hội đồng quyết định.
  --level          annual-grassroots | annual-city | period-2026-2030 (mọi hồ sơ phải cùng cấp)
  --budget         kinh phí khen thưởng của xã, đồng (8000000 hoặc 8.000.000); cần --decision-date
  --decision-date  ngày ký quyết định: chọn mức lương cơ sở để tính tiền thưởng
  --history        các khen thưởng đã có: JSON [{ achievementId, award, decidedOn }] hoặc CSV cùng cột
  --max-bytes      giới hạn cỡ mỗi tệp đọc vào (mặc định 50M; xem: thi-dua-cchc evaluate --help)
  --format xlsx --output <tệp.xlsx>
                   ghi danh sách trình Hội đồng: trang đề nghị theo hình thức (STT, tên, đối tượng,
                   đơn vị, hình thức, số tiền, điều khoản, cộng), trang không được chọn kèm lý do,
                   đồng hạng được đánh dấu, trang căn cứ (kế hoạch, phiên bản, ngày quyết định)
CSV: số tiền chỉ ghi ở hàng được chọn (cộng cột ra đúng tổng).
Chỉ một trong <tệp> và --history được là - (stdin chỉ đọc được một lần).`,
    en: `thi-dua-cchc allocate <file> --level <level> [--budget <vnd>] [--decision-date <YYYY-MM-DD>] [--history <file>]

Evaluates the nominations in <file> (as evaluate does), then selects: only eligible ones; at city
level at most 1 collective and 1 individual per unit; priority order; budget; one achievement, one
award; ties at a cutoff are reported for the council to decide.
  --level          annual-grassroots | annual-city | period-2026-2030 (every nomination of that level)
  --budget         the commune's award budget in đồng (8000000 or 8,000,000); needs --decision-date
  --decision-date  the date of the award decision: picks the base salary for award money
  --history        earlier awards: JSON [{ achievementId, award, decidedOn }] or CSV with those columns
  --max-bytes      the most each input file may hold (default 50M; see: thi-dua-cchc evaluate --help)
  --format xlsx --output <file.xlsx>
                   write the council's list: proposals per award (No., name, kind, unit, award,
                   money, clause, totals), the not selected with reasons, ties marked, and the
                   basis (plan, version, decision date)
CSV: money only on the selected rows (the column sums to the total).
Only one of <file> and --history may be - (stdin can be read only once).`,
  },
  rules: {
    vi: `thi-dua-cchc rules [annual-grassroots|annual-city|period-2026-2030] [--lang vi|en] [--format table|json|csv|md]

In các bộ tiêu chí dạng cây: mã điều khoản, cách kết hợp (đạt tất cả / đạt một trong), nội dung
tiếng Việt của kế hoạch (thêm bản tiếng Anh với --lang en), dữ kiện mỗi tiêu chí đọc, hình thức
khen thưởng theo đối tượng và các tiêu chí ưu tiên.`,
    en: `thi-dua-cchc rules [annual-grassroots|annual-city|period-2026-2030] [--lang vi|en] [--format table|json|csv|md]

Prints the rule sets as trees: clause IDs, how children combine (all of / any one of), the plan's
Vietnamese text (and the English gloss with --lang en), the facts each criterion reads, the award
per nominee kind, and the priority criteria.`,
  },
  test: {
    vi: `thi-dua-cchc test [tệp…] [--plan <tệp>] [--plan-version <phiên bản>] [--lang vi|en] [--format table|json|csv|md]

Chạy các tình huống pháp lý (tệp tình huống: đánh giá, thời hạn, xét chọn; định dạng
thi-dua-cchc/schema/scenarios.json) với kế hoạch của --plan, hoặc kế hoạch kèm gói. Không nêu tệp:
chạy các tình huống kèm gói (rules/scenarios/). In mỗi tình huống ĐẠT hoặc KHÔNG ĐẠT, kèm điều
khoản và, khi không đạt, những gì khác.
Mã thoát: 0 mọi tình huống đạt; 1 có tình huống không đạt; 2 tệp không hợp lệ.`,
    en: `thi-dua-cchc test [file…] [--plan <file>] [--plan-version <version>] [--lang vi|en] [--format table|json|csv|md]

Runs legal scenario files (evaluations, deadlines, allocations; format
thi-dua-cchc/schema/scenarios.json) against the plan of --plan, or the bundled plan. With no file,
runs the scenarios the package ships (rules/scenarios/). Prints each scenario PASSED or FAILED,
with its clauses and, when failed, what differs.
Exit codes: 0 every scenario passed; 1 a scenario failed; 2 a bad file.`,
  },
  template: {
    vi: `thi-dua-cchc template <annual-grassroots|annual-city|period-2026-2030> [--format csv|xlsx --output <tệp.xlsx>]

Tệp nhập liệu trống với mọi cột bộ tiêu chí đọc. CSV (ra stdout): hàng 2 mô tả từng cột (tiếng
Việt / tiếng Anh, giá trị được nhận), bắt đầu bằng # nên được bỏ qua khi đọc lại. xlsx: trang
“Hồ sơ” chỉ có tiêu đề, trang “Mô tả cột” mô tả từng cột và các tiêu đề tiếng Việt được nhận.`,
    en: `thi-dua-cchc template <annual-grassroots|annual-city|period-2026-2030> [--format csv|xlsx --output <file.xlsx>]

An empty input file with every column the rule set reads. CSV (to stdout): row 2 describes each
column (Vietnamese / English, allowed values) and starts with #, so it is skipped when read back.
xlsx: a sheet with the header only, and a sheet describing each column and its Vietnamese headers.`,
  },
  diff: {
    vi: `thi-dua-cchc diff <tệp> --plan <A> [--plan <B>] [--level <cấp> [--budget <đồng>] [--decision-date <ngày>] [--history <tệp>]]

Đánh giá các hồ sơ trong <tệp> theo hai kế hoạch và liệt kê các hồ sơ có kết quả thay đổi, kèm
các điều khoản có kết quả khác. Một --plan: so kế hoạch kèm gói với kế hoạch đó; hai --plan: A
với B. Với --level (và các tùy chọn của allocate): cả các hồ sơ đổi vị trí khi xét chọn.`,
    en: `thi-dua-cchc diff <file> --plan <A> [--plan <B>] [--level <level> [--budget <vnd>] [--decision-date <date>] [--history <file>]]

Evaluates the nominations in <file> under two plans and lists those whose outcome changes, with
the clauses whose results differ. One --plan: the bundled plan against it; two: A against B. With
--level (and allocate's options): also those whose place in the allocation changes.`,
  },
};

/** The help text: the general one, or a command's. */
export function helpText(command: Command | undefined, lang: CliLang): string {
  return (command ? COMMAND_HELP[command][lang] : GENERAL[lang]) + '\n';
}
