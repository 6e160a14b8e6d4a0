<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="98"/>
        <source>New staff account</source>
        <translation>Tài khoản cán bộ mới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="100"/>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="118"/>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="119"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="120"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="121"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="122"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="124"/>
        <source>At least %1 characters. Give it to the person in private; they can sign in at once.</source>
        <translation>Ít nhất %1 ký tự. Hãy trao riêng cho người đó; họ có thể đăng nhập ngay.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="136"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="137"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="152"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="52"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="52"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="52"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="52"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="62"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="62"/>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="168"/>
        <source>New account…</source>
        <translation>Tài khoản mới…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="173"/>
        <source>Give this role</source>
        <translation>Giao vai trò này</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="174"/>
        <source>New password…</source>
        <translation>Mật khẩu mới…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="175"/>
        <source>Disable</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="176"/>
        <source>Enable</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="203"/>
        <source>This database is a file on this computer: its one user is your computer account. Staff accounts need the office&apos;s shared PostgreSQL database.</source>
        <translation>Cơ sở dữ liệu này là một tệp trên máy tính này: người dùng duy nhất là tài khoản máy tính của bạn. Tài khoản cán bộ cần cơ sở dữ liệu PostgreSQL dùng chung của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="271"/>
        <source>Staff accounts</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="69"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="70"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="71"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="72"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="73"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="74"/>
        <source>Fields or detail</source>
        <translation>Trường thay đổi hoặc chi tiết</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="287"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="300"/>
        <source>Older entries</source>
        <translation>Mục cũ hơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="301"/>
        <source>Export to CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="308"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="311"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="312"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="313"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="339"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="378"/>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="378"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="387"/>
        <source>%1 entries exported.</source>
        <translation>Đã xuất %1 mục.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="390"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>BusyTimesImportDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="307"/>
        <source>Import a leader&apos;s calendar</source>
        <translation>Nhập lịch công tác của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="312"/>
        <source>Busy times from the leader&apos;s own calendar make the conflict check warn when a conference is planned while they are busy. Export the calendar from Outlook, Google or Thunderbird as an .ics file. Importing the same file again replaces what it brought before.</source>
        <translation>Các khoảng thời gian bận trong lịch riêng của lãnh đạo giúp việc kiểm tra trùng lịch cảnh báo khi hội nghị được bố trí vào lúc lãnh đạo bận. Hãy xuất lịch từ Outlook, Google hoặc Thunderbird thành tệp .ics. Nhập lại cùng một tệp sẽ thay thế dữ liệu đã nhập từ tệp đó trước đây.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="329"/>
        <source>Choose an .ics file</source>
        <translation>Chọn tệp .ics</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="330"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="341"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="346"/>
        <source>Official:</source>
        <translation>Lãnh đạo:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="347"/>
        <source>Calendar file:</source>
        <translation>Tệp lịch:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="348"/>
        <source>Planning period:</source>
        <translation>Khoảng thời gian lập kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="356"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="359"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="377"/>
        <source>There are no officials yet. Add the leaders first.</source>
        <translation>Chưa có lãnh đạo nào. Hãy thêm lãnh đạo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="382"/>
        <source>Choose the calendar file</source>
        <translation>Chọn tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="384"/>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Tệp lịch (*.ics *.ical *.ifb);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="394"/>
        <source>Choose an official and a calendar file.</source>
        <translation>Hãy chọn lãnh đạo và tệp lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="399"/>
        <source>The end of the planning period is before its start.</source>
        <translation>Ngày kết thúc khoảng thời gian lập kế hoạch đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="411"/>
        <source>Nothing was imported. %1</source>
        <translation>Chưa nhập được dữ liệu nào. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="419"/>
        <source>%1: %Ln busy time(s) imported from %2 for %3 to %4.</source>
        <translation>
            <numerusform>%1: đã nhập %Ln khoảng thời gian bận từ %2, áp dụng từ %3 đến %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="430"/>
        <source>Replaced: %Ln busy time(s) from the earlier import of this file.</source>
        <translation>
            <numerusform>Đã thay thế %Ln khoảng thời gian bận của lần nhập tệp này trước đây.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="437"/>
        <source>Entries left out: %1 marked free, %2 cancelled.</source>
        <translation>Đã bỏ qua %1 mục đánh dấu rảnh và %2 mục đã hủy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="444"/>
        <source>Taken as Vietnam time: %Ln time(s) without a time zone.</source>
        <translation>
            <numerusform>%Ln mốc thời gian không ghi múi giờ đã được tính theo giờ Việt Nam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExchange</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="53"/>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="57"/>
        <source>E-mail messages (*.eml)</source>
        <translation>Thư điện tử (*.eml)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="152"/>
        <source>Exporting the schedule</source>
        <translation>Đang xuất lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="165"/>
        <source>Exporting the deadlines</source>
        <translation>Đang xuất hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="201"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="252"/>
        <source>The invitation e-mail was saved as %1. Open it in Outlook to send it.</source>
        <translation>Thư mời đã được lưu thành tệp %1. Hãy mở tệp bằng Outlook để gửi đi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="269"/>
        <source>Calendar file saved</source>
        <translation>Đã lưu tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="213"/>
        <source>Save calendar file</source>
        <translation>Lưu tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="257"/>
        <source>The invitation was saved as %1. Attach it to an e-mail to the invitees.</source>
        <translation>Giấy mời đã được lưu thành tệp %1. Hãy đính kèm tệp vào thư điện tử gửi người được mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="232"/>
        <source>Cannot create the calendar file</source>
        <translation>Không tạo được tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="153"/>
        <source>Saved %Ln calendar entry(ies) as %1. Open the file in a calendar program, or post it for the office.</source>
        <translation>Đã lưu %Ln mục lịch vào %1. Mở tệp bằng chương trình lịch, hoặc đăng lên cho cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="166"/>
        <source>Saved %Ln deadline(s) as %1. Open the file in a calendar program to see them as all-day entries.</source>
        <translation>Đã lưu %Ln hạn giải quyết vào %1. Mở tệp bằng chương trình lịch để xem chúng dưới dạng sự kiện cả ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="246"/>
        <source>Cannot save the calendar file</source>
        <translation>Không lưu được tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="262"/>
        <source>The cancellation was saved as %1. Send it to everybody who was invited.</source>
        <translation>Thông báo hủy đã được lưu thành tệp %1. Hãy gửi tệp cho tất cả những người đã được mời.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="354"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="355"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="356"/>
        <source>Agenda</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="368"/>
        <source>Previous (Alt+Left)</source>
        <translation>Kỳ trước (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="370"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="371"/>
        <source>Back to today (Ctrl+T)</source>
        <translation>Về hôm nay (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="375"/>
        <source>Next (Alt+Right)</source>
        <translation>Kỳ sau (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="384"/>
        <source>All leaders</source>
        <translation>Tất cả lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="386"/>
        <source>All units</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="388"/>
        <source>All kinds</source>
        <translation>Tất cả loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="399"/>
        <source>New conference…</source>
        <translation>Thêm mới hội nghị…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="402"/>
        <source>Export schedule (.ics)…</source>
        <translation>Xuất lịch (.ics)…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="404"/>
        <source>Save the period shown, with the filters chosen, as a calendar file to post</source>
        <translation>Lưu lịch của khoảng thời gian đang hiển thị, theo các bộ lọc đã chọn, thành tệp lịch để đăng tải</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="449"/>
        <source>Blue: dialogue conference · Green: periodic reception · Orange: ad hoc reception · Grey: postponed or cancelled · Pink: holiday</source>
        <translation>Xanh lam: hội nghị đối thoại · Xanh lá: tiếp công dân định kỳ · Cam: tiếp công dân đột xuất · Xám: đã hoãn hoặc đã hủy · Hồng: ngày nghỉ lễ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="585"/>
        <source>Nothing planned in this period. Press “New conference…” or double-click a day to plan one; use ◀ ▶ to look at other periods.</source>
        <translation>Không có lịch nào trong khoảng thời gian này. Nhấn “Thêm mới hội nghị…” hoặc nhấp đúp vào một ngày để lập lịch; dùng ◀ ▶ để xem các khoảng thời gian khác.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="164"/>
        <source>Edit case</source>
        <translation>Cập nhật vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="164"/>
        <source>Register a case</source>
        <translation>Thêm mới vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="170"/>
        <source>Office case number, e.g. 15/ĐKN</source>
        <translation>Số vụ việc của cơ quan, ví dụ: 15/ĐKN</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="178"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="187"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="195"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="308"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="425"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="200"/>
        <source>What the citizens ask for, in a few lines</source>
        <translation>Tóm tắt nội dung công dân đề nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="202"/>
        <source>Within the office&apos;s competence</source>
        <translation>Thuộc thẩm quyền giải quyết của cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="205"/>
        <source>First time</source>
        <translation>Lần đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="206"/>
        <source>Second time</source>
        <translation>Lần hai</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="208"/>
        <source>Remote or disadvantaged area</source>
        <translation>Vùng sâu, vùng xa, đi lại khó khăn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="216"/>
        <source>as listed</source>
        <translation>theo danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="223"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="224"/>
        <source>ID number (12 digits)</source>
        <translation>Số CCCD (12 chữ số)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="225"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="226"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="227"/>
        <source>Representative</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="243"/>
        <source>Add a person not in the register</source>
        <translation>Thêm người chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="245"/>
        <source>Remove citizen</source>
        <translation>Xóa công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="252"/>
        <source>The denunciator&apos;s identity is confidential; the citizens are kept as they are.</source>
        <translation>Thông tin người tố cáo được giữ bí mật; danh sách công dân được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="264"/>
        <source>Citizens chosen from the register are shown in grey, as registered. Type a person who is not in the register in an empty row.</source>
        <translation>Công dân chọn từ danh sách công dân hiện màu xám, giữ nguyên thông tin đã đăng ký. Người chưa có trong danh sách: nhập vào một dòng trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="277"/>
        <source>Case number</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="278"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="279"/>
        <source>Received through</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="280"/>
        <source>Raised at</source>
        <translation>Nêu tại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="281"/>
        <source>Type</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="282"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="283"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="284"/>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="285"/>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="286"/>
        <source>Group size</source>
        <translation>Số người (đoàn đông người)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="288"/>
        <source>Round</source>
        <translation>Lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="290"/>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="291"/>
        <source>Agency to resolve it</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="292"/>
        <source>Handler</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="294"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="294"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="369"/>
        <source>Chosen from the register: %1</source>
        <translation>Chọn từ danh sách công dân: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="467"/>
        <source>This citizen already has case %1 (received %2) in the same field. The new case is linked to it as a repeat petition.</source>
        <translation>Công dân này đã có vụ việc %1 (tiếp nhận ngày %2) cùng lĩnh vực. Vụ việc mới được liên kết với vụ việc đó là đơn trùng lặp.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="84"/>
        <source>Hidden (denunciator)</source>
        <translation>Được giữ bí mật (người tố cáo)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="14"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="15"/>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="16"/>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="17"/>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="25"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="26"/>
        <source>Accepted</source>
        <translation>Đã thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="27"/>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="28"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="29"/>
        <source>Transferred</source>
        <translation>Đã chuyển đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="30"/>
        <source>Guided elsewhere</source>
        <translation>Đã hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Đã rút đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="32"/>
        <source>Refused</source>
        <translation>Không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="40"/>
        <source>Dialogue conference</source>
        <translation>Hội nghị đối thoại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="41"/>
        <source>Reception day</source>
        <translation>Buổi tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="42"/>
        <source>Mail</source>
        <translation>Đơn gửi qua bưu điện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="43"/>
        <source>Transferred from another body</source>
        <translation>Cơ quan khác chuyển đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="51"/>
        <source>Upheld</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="52"/>
        <source>Partly upheld</source>
        <translation>Đúng một phần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="53"/>
        <source>Rejected</source>
        <translation>Sai</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="54"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="62"/>
        <source>Status changed</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="63"/>
        <source>Agency urged</source>
        <translation>Đôn đốc cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="64"/>
        <source>Agency reported</source>
        <translation>Cơ quan giải quyết báo cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="65"/>
        <source>Reply sent to the citizen</source>
        <translation>Đã gửi văn bản trả lời công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="66"/>
        <source>Deadline extended</source>
        <translation>Gia hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="67"/>
        <source>Denunciator notified of acceptance</source>
        <translation>Đã thông báo thụ lý cho người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="70"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="77"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="78"/>
        <source>Complex</source>
        <translation>Phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_labels.py" line="79"/>
        <source>Particularly complex</source>
        <translation>Đặc biệt phức tạp</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="140"/>
        <source>Number</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="141"/>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="142"/>
        <source>Type</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="143"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="147"/>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="148"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="149"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="150"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="234"/>
        <source>Notify the denunciator that the denunciation was accepted: %1. Record it with Add follow-up.</source>
        <translation>Thông báo cho người tố cáo về việc thụ lý tố cáo: %1. Ghi nhận bằng nút Thêm diễn biến xử lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="144"/>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="145"/>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="146"/>
        <source>Notify denunciator by</source>
        <translation>Hạn thông báo thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="151"/>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="230"/>
        <source>The denunciator was notified on %1.</source>
        <translation>Đã thông báo cho người tố cáo ngày %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="264"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="81"/>
        <source>Search names, ID numbers, case numbers and summaries</source>
        <translation>Tìm theo họ tên, số CCCD, số vụ việc, nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="91"/>
        <source>All cases</source>
        <translation>Tất cả vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="92"/>
        <source>Open cases</source>
        <translation>Chưa giải quyết xong</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="93"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="94"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="641"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="95"/>
        <source>Denunciators to notify</source>
        <translation>Tố cáo chưa thông báo thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="99"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="101"/>
        <source>Any status</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="105"/>
        <source>Any type</source>
        <translation>Tất cả loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="128"/>
        <source>Register a case…</source>
        <translation>Thêm mới vụ việc…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="130"/>
        <source>Import…</source>
        <translation>Nhập Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="132"/>
        <source>Export…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="134"/>
        <source>Deadlines (.ics)…</source>
        <translation>Hạn giải quyết (.ics)…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="137"/>
        <source>Save the deadlines of the open cases (of the agency chosen, if any) as all-day entries for Outlook, Google or Thunderbird</source>
        <translation>Lưu hạn giải quyết của các vụ việc đang mở (của cơ quan đã chọn, nếu có) thành sự kiện cả ngày cho Outlook, Google hoặc Thunderbird</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="183"/>
        <source>Edit…</source>
        <translation>Cập nhật…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="185"/>
        <source>Change status…</source>
        <translation>Chuyển trạng thái…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="187"/>
        <source>Add follow-up…</source>
        <translation>Thêm diễn biến xử lý…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="189"/>
        <source>Show the denunciator</source>
        <translation>Hiện thông tin người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="230"/>
        <source>Cases</source>
        <translation>Danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="231"/>
        <source>Late agencies</source>
        <translation>Cơ quan chậm giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="247"/>
        <source>Any field</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="248"/>
        <source>Any commune</source>
        <translation>Tất cả xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="249"/>
        <source>Any agency</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="327"/>
        <source>Cannot show the cases</source>
        <translation>Không hiển thị được danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="353"/>
        <source>No cases yet. Register a case with “Register a case…”, or import a spreadsheet of cases with “Import…”.</source>
        <translation>Chưa có vụ việc nào. Hãy thêm vụ việc bằng nút “Thêm mới vụ việc…”, hoặc nhập bảng tính danh sách vụ việc bằng nút “Nhập Excel…”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="359"/>
        <source>No case matches. Check the spelling, or clear some filters.</source>
        <translation>Không có vụ việc nào phù hợp. Hãy kiểm tra lại chính tả hoặc bỏ bớt bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="401"/>
        <source>Cannot open the case</source>
        <translation>Không mở được vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="420"/>
        <source>Choose a case in the list to see it here.</source>
        <translation>Chọn một vụ việc trong danh sách để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="450"/>
        <source>notified on %1</source>
        <translation>đã thông báo ngày %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="452"/>
        <source>not yet recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="454"/>
        <source>not recorded</source>
        <translation>không có ghi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="455"/>
        <source>Notify the denunciator by</source>
        <translation>Hạn thông báo thụ lý cho người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="463"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="464"/>
        <source>Received through</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="465"/>
        <source>Raised at</source>
        <translation>Nêu tại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="466"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="467"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="468"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="469"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="640"/>
        <source>Handler</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="470"/>
        <source>Round</source>
        <translation>Lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="471"/>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="472"/>
        <source>Remote area</source>
        <translation>Vùng sâu, vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="472"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="474"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="672"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="472"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="474"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="672"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="473"/>
        <source>Within competence</source>
        <translation>Thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="475"/>
        <source>Accepted on</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="476"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="645"/>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="477"/>
        <source>Refusal ground</source>
        <translation>Căn cứ không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="501"/>
        <source>recorded %1</source>
        <translation>ghi nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="513"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="518"/>
        <source>Deadline extended by %n day(s)</source>
        <translation>
            <numerusform>Gia hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="544"/>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="548"/>
        <source>Save the attached file</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="568"/>
        <source>Repeat petition</source>
        <translation>Đơn trùng lặp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="598"/>
        <source>Confidential</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="608"/>
        <source>Import cases</source>
        <translation>Nhập danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="610"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="620"/>
        <source>Importing cases</source>
        <translation>Đang nhập danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="627"/>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="642"/>
        <source>Deadline basis</source>
        <translation>Căn cứ tính thời hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="643"/>
        <source>Denunciator notified on</source>
        <translation>Ngày thông báo thụ lý tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="644"/>
        <source>Outcome</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="662"/>
        <source>Export cases</source>
        <translation>Xuất danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="662"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="688"/>
        <source>%Ln case(s) exported to %1</source>
        <translation>
            <numerusform>Đã xuất %Ln vụ việc ra tệp %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="690"/>
        <source>Exporting cases</source>
        <translation>Đang xuất danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="429"/>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="335"/>
        <source>More than %Ln case(s) found</source>
        <translation>
            <numerusform>Tìm thấy hơn %Ln vụ việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="337"/>
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>Tìm thấy %Ln vụ việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="342"/>
        <source>More than %Ln case(s); narrow the search to see how many.</source>
        <translation>
            <numerusform>Hơn %Ln vụ việc; hãy thu hẹp điều kiện tìm kiếm để xem số lượng cụ thể.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="346"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="430"/>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="432"/>
        <source>Timeline</source>
        <translation>Diễn biến xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="427"/>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="428"/>
        <source>Repeat of case</source>
        <translation>Trùng với vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="431"/>
        <source>representative</source>
        <translation>người đại diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="426"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>CitizenPicker</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="97"/>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="110"/>
        <source>ID %1</source>
        <translation>CCCD %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="116"/>
        <source>(typed, not chosen from the register)</source>
        <translation>(nhập tay, không chọn từ danh sách công dân)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="156"/>
        <source>Type a name or ID number to search the citizen register</source>
        <translation>Gõ họ tên hoặc số CCCD để tìm trong danh sách công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="171"/>
        <source>Add the citizen selected</source>
        <translation>Thêm công dân đã chọn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="175"/>
        <source>12 digits, if known</source>
        <translation>12 chữ số, nếu biết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="178"/>
        <source>(not known)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="181"/>
        <source>Add as a person not in the register</source>
        <translation>Thêm người chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="189"/>
        <source>Remove the person selected</source>
        <translation>Bỏ người đã chọn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="197"/>
        <source>Not in the register? The name typed above, with:</source>
        <translation>Chưa có trong danh sách? Dùng họ tên đã gõ ở trên, kèm theo:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="199"/>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="201"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="206"/>
        <source>A person typed in with the ID number of someone registered is that person; without an ID number a new person is registered, so choose from the register whoever is already in it.</source>
        <translation>Người được nhập có số CCCD trùng với một người đã có trong danh sách thì được hiểu là người đó; nếu không có số CCCD thì một người mới sẽ được thêm vào danh sách, vì vậy hãy chọn từ danh sách những người đã có.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="224"/>
        <source>Chosen:</source>
        <translation>Đã chọn:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="261"/>
        <source>%1 citizens found; double-click one to add them.</source>
        <translation>Tìm thấy %1 công dân; nhấp đúp vào một người để thêm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="266"/>
        <source>Nobody in the register matches.</source>
        <translation>Không có ai trong danh sách công dân khớp với nội dung tìm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="290"/>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="296"/>
        <source>This citizen is already in the list.</source>
        <translation>Công dân này đã có trong danh sách đã chọn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="306"/>
        <source>Type the person&apos;s full name in the search box.</source>
        <translation>Hãy gõ họ và tên của người đó vào ô tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="310"/>
        <source>The ID number must be exactly 12 digits.</source>
        <translation>Số CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="53"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="54"/>
        <source>Quota</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="55"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="56"/>
        <source>Required</source>
        <translation>Số ngày phải tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="57"/>
        <source>Held or delegated</source>
        <translation>Đã tiếp hoặc ủy quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="58"/>
        <source>Missed</source>
        <translation>Không tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="59"/>
        <source>Planned or not marked</source>
        <translation>Đã lên lịch hoặc chưa đánh dấu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="60"/>
        <source>Standing</source>
        <translation>Tình hình thực hiện</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="77"/>
        <source>Behind by %Ln day(s)</source>
        <translation>
            <numerusform>Còn thiếu %Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="79"/>
        <source>On track</source>
        <translation>Đảm bảo</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="156"/>
        <source>New conference</source>
        <translation>Thêm mới hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="168"/>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="169"/>
        <source>People</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="170"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="184"/>
        <source>Find a free time…</source>
        <translation>Tìm thời gian trống…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="186"/>
        <source>Postpone…</source>
        <translation>Hoãn…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="188"/>
        <source>Cancel conference…</source>
        <translation>Hủy hội nghị…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="190"/>
        <source>Mark as scheduled</source>
        <translation>Đánh dấu đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="192"/>
        <source>Record outcome…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="194"/>
        <source>Close conference</source>
        <translation>Hoàn tất hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="196"/>
        <source>Export invitation…</source>
        <translation>Xuất giấy mời…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="198"/>
        <source>Export cancellation…</source>
        <translation>Xuất thông báo hủy…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="200"/>
        <source>A calendar file that removes this conference from the invitees&apos; calendars</source>
        <translation>Tệp lịch dùng để xóa hội nghị này khỏi lịch của những người được mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="221"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="222"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="244"/>
        <source>e.g. Dialogue with households affected by the bypass road</source>
        <translation>ví dụ: Đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường tránh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="248"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="252"/>
        <source>(no venue: online or to be decided)</source>
        <translation>(chưa có địa điểm: trực tuyến hoặc sẽ bố trí sau)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="256"/>
        <source>%1 (%Ln seat(s))</source>
        <translation>
            <numerusform>%1 (%Ln chỗ ngồi)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="268"/>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="269"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="270"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="271"/>
        <source>Unit</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="272"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="273"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="274"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="275"/>
        <source>Online link</source>
        <translation>Đường dẫn họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="276"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="282"/>
        <source>Chairing leaders</source>
        <translation>Lãnh đạo chủ trì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="289"/>
        <source>Agencies that must answer</source>
        <translation>Cơ quan có trách nhiệm trả lời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="292"/>
        <source>Invited citizens or representatives</source>
        <translation>Công dân hoặc người đại diện được mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="300"/>
        <source>No leaders are registered yet. Load the demo data or add leaders first.</source>
        <translation>Chưa có lãnh đạo nào. Hãy nạp dữ liệu mẫu hoặc thêm lãnh đạo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="311"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="311"/>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="311"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="314"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="316"/>
        <source>Remove item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="365"/>
        <source>Conference: %1</source>
        <translation>Hội nghị: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="476"/>
        <source>Agenda: %1 min, %Ln min longer than the conference</source>
        <translation>
            <numerusform>Chương trình: %1 phút, dài hơn thời gian hội nghị %Ln phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="479"/>
        <source>Agenda: %1 min</source>
        <translation>Chương trình: %1 phút</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="507"/>
        <source>The agenda runs %Ln minute(s) longer than the conference.</source>
        <translation>
            <numerusform>Chương trình dài hơn thời gian hội nghị %Ln phút.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="491"/>
        <source>The end is before the start.</source>
        <translation>Thời gian kết thúc đang trước thời gian bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="494"/>
        <source>The conference has no length: the end equals the start.</source>
        <translation>Hội nghị chưa có thời lượng: thời gian kết thúc trùng thời gian bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="512"/>
        <source>No conflicts.</source>
        <translation>Không trùng lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="541"/>
        <source>Not saved: a reason is needed to save over the warnings.</source>
        <translation>Chưa lưu: cần nêu lý do để lưu khi còn cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="607"/>
        <source>New conference (not saved yet)</source>
        <translation>Hội nghị mới (chưa lưu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="611"/>
        <source>Status: %1 — %2 · %Ln issue(s) registered as cases</source>
        <translation>
            <numerusform>Trạng thái: %1 — %2 · %Ln nội dung đã được ghi nhận thành vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="613"/>
        <source>Status: %1 — %2</source>
        <translation>Trạng thái: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="615"/>
        <source>Status: %1 · %Ln issue(s) registered as cases</source>
        <translation>
            <numerusform>Trạng thái: %1 · %Ln nội dung đã được ghi nhận thành vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="617"/>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="640"/>
        <source>Postpone the conference</source>
        <translation>Hoãn hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="641"/>
        <source>Why is it postponed? The invited people will be told.</source>
        <translation>Lý do hoãn? Những người được mời sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="650"/>
        <source>Cancel the conference</source>
        <translation>Hủy hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="651"/>
        <source>Why is it cancelled? The invited people will be told.</source>
        <translation>Lý do hủy? Những người được mời sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="697"/>
        <source>Save despite the warnings?</source>
        <translation>Vẫn lưu dù còn cảnh báo?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="698"/>
        <source>Why should it be saved anyway? The reason is recorded.</source>
        <translation>Vì sao vẫn lưu? Lý do sẽ được ghi lại.</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="62"/>
        <source>Search titles…</source>
        <translation>Tìm theo tiêu đề…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="65"/>
        <source>All kinds</source>
        <translation>Tất cả loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="69"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="72"/>
        <source>New conference…</source>
        <translation>Thêm mới hội nghị…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="74"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="123"/>
        <source>All conferences</source>
        <translation>Tất cả hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="125"/>
        <source>Reception duties</source>
        <translation>Theo dõi tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="126"/>
        <source>Reception schedules</source>
        <translation>Lịch tiếp công dân</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="152"/>
        <source>%Ln conference(s)</source>
        <translation>
            <numerusform>%Ln hội nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="167"/>
        <source>Not yet closed (%Ln)</source>
        <translation>
            <numerusform>Chưa hoàn tất (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="157"/>
        <source>No conference matches. Clear the search or the filters.</source>
        <translation>Không có hội nghị nào phù hợp. Hãy xóa từ khóa tìm kiếm hoặc bỏ bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="160"/>
        <source>No conferences yet. Press “New conference…” to plan the first one, or load the demo data from Settings.</source>
        <translation>Chưa có hội nghị nào. Nhấn “Thêm mới hội nghị…” để lập kế hoạch hội nghị đầu tiên, hoặc nạp dữ liệu mẫu trong mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="170"/>
        <source>These conferences have ended but were never closed. Open each one, record its outcome and the issues raised, then close it — or cancel it if it did not take place.</source>
        <translation>Các hội nghị này đã diễn ra nhưng chưa được hoàn tất. Hãy mở từng hội nghị, ghi kết quả và các nội dung được nêu, rồi hoàn tất hội nghị — hoặc hủy nếu hội nghị không diễn ra.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="175"/>
        <source>Every past conference is closed. Nothing to do here.</source>
        <translation>Tất cả hội nghị đã qua đều đã hoàn tất. Không còn việc cần xử lý.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpen</name>
    <message>
        <location filename="../../dialogue_app/ui/database_open.py" line="41"/>
        <source>Updating the database for this version of Dialogue Desk…
This is done once; please wait. Nothing is lost if it fails: the old database is kept.</source>
        <translation>Đang cập nhật cơ sở dữ liệu cho phiên bản Dialogue Desk này…
Việc này chỉ làm một lần, xin vui lòng chờ. Nếu có lỗi, dữ liệu cũ vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/database_open.py" line="51"/>
        <source>Dialogue Desk</source>
        <translation>Dialogue Desk</translation>
    </message>
</context>
<context>
    <name>DatePrompt</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="326"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesEditor</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="197"/>
        <source>There are no deadline rules, so no deadline is computed for any case. Click “Restore the statutory defaults” to add the rules the law sets.</source>
        <translation>Chưa có quy tắc thời hạn nào nên không vụ việc nào được tính thời hạn. Bấm “Khôi phục mặc định theo luật” để thêm các quy tắc do pháp luật quy định.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="232"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="234"/>
        <source>e.g. Law on Complaints 02/2011/QH13, Art. 28</source>
        <translation>ví dụ: Luật Khiếu nại số 02/2011/QH13, Điều 28</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="235"/>
        <source>Save rule</source>
        <translation>Lưu quy tắc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="237"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="376"/>
        <source>Restore the statutory defaults</source>
        <translation>Khôi phục mặc định theo luật</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="245"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="246"/>
        <source>Counted in</source>
        <translation>Cách tính ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="247"/>
        <source>Extensions allowed</source>
        <translation>Số lần gia hạn tối đa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="248"/>
        <source>Days per extension</source>
        <translation>Số ngày mỗi lần gia hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="249"/>
        <source>Legal source</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="257"/>
        <source>Saving a rule recomputes the deadlines of the open cases.</source>
        <translation>Khi lưu một quy tắc, thời hạn của các vụ việc đang giải quyết được tính lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="313"/>
        <source>Select a rule in the table to change it.</source>
        <translation>Chọn một quy tắc trong bảng để sửa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="316"/>
        <source>Rule %1: %2</source>
        <translation>Quy tắc %1: %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="348"/>
        <source>Select a rule first.</source>
        <translation>Hãy chọn một quy tắc trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="359"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="378"/>
        <source>Every rule the law sets gets back its statutory days, day basis, extensions and legal source, and rules that were removed are added back. Rules the office added itself are kept. The deadlines of open cases are recomputed.

Restore the statutory defaults?</source>
        <translation>Mọi quy tắc do pháp luật quy định sẽ trở lại số ngày, cách tính ngày, số lần gia hạn và căn cứ pháp lý theo luật; các quy tắc đã bị xóa được thêm lại. Các quy tắc do cơ quan tự thêm được giữ nguyên. Thời hạn của các vụ việc đang giải quyết sẽ được tính lại.

Khôi phục mặc định theo luật?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="417"/>
        <source>Every rule already has its statutory value.</source>
        <translation>Mọi quy tắc đã đúng giá trị theo luật.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="420"/>
        <source>Statutory defaults restored. Rules reset: %1; rules added: %2.</source>
        <translation>Đã khôi phục mặc định theo luật: đặt lại %1 quy tắc, thêm %2 quy tắc.</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesModel</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="98"/>
        <source>Handle (classify, route)</source>
        <translation>Xử lý đơn (phân loại, chuyển)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="99"/>
        <source>Accept or refuse</source>
        <translation>Thụ lý hoặc không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="100"/>
        <source>Settle</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="101"/>
        <source>Notify the denunciator</source>
        <translation>Thông báo cho người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="106"/>
        <source>Calendar days</source>
        <translation>Ngày theo lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="107"/>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="112"/>
        <source>Receipt</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="113"/>
        <source>Acceptance</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="117"/>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="129"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="129"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="74"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="75"/>
        <source>Stage</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="76"/>
        <source>Case type</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="77"/>
        <source>Round</source>
        <translation>Lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="78"/>
        <source>Remote area</source>
        <translation>Vùng sâu, vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="79"/>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="80"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="81"/>
        <source>Counted in</source>
        <translation>Cách tính ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="82"/>
        <source>Counted from</source>
        <translation>Tính từ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="83"/>
        <source>Extensions allowed</source>
        <translation>Số lần gia hạn tối đa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="84"/>
        <source>Days per extension</source>
        <translation>Số ngày mỗi lần gia hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="85"/>
        <source>Legal source</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../dialogue_app/ui/demo_offer.py" line="18"/>
        <source>Welcome to Dialogue Desk</source>
        <translation>Chào mừng đến với Dialogue Desk</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/demo_offer.py" line="20"/>
        <source>This database is empty. Would you like to load the demo data?</source>
        <translation>Cơ sở dữ liệu đang trống. Anh/chị có muốn nạp dữ liệu mẫu không?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/demo_offer.py" line="25"/>
        <source>The demo is drawn from Hà Tĩnh province: the North–South expressway dialogue in Thạch Hà, reception days and petitions. All its people are fictional. Choose “Start empty” to enter your own office&apos;s data instead.</source>
        <translation>Dữ liệu mẫu lấy từ tỉnh Hà Tĩnh: hội nghị đối thoại về cao tốc Bắc – Nam qua Thạch Hà, các ngày tiếp công dân và đơn thư. Mọi cá nhân trong đó đều là hư cấu. Chọn “Bắt đầu với dữ liệu trống” để nhập dữ liệu của cơ quan mình.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/demo_offer.py" line="33"/>
        <source>Load the demo</source>
        <translation>Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/demo_offer.py" line="36"/>
        <source>Start empty</source>
        <translation>Bắt đầu với dữ liệu trống</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/demo_offer.py" line="47"/>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>DutiesView</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="128"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="129"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="133"/>
        <source>New reception schedule…</source>
        <translation>Thêm lịch tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="136"/>
        <source>Period containing</source>
        <translation>Kỳ có ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="154"/>
        <source>Held</source>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="156"/>
        <source>Delegated…</source>
        <translation>Ủy quyền…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="158"/>
        <source>Missed…</source>
        <translation>Không tiếp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="161"/>
        <source>Mark the selected day:</source>
        <translation>Đánh dấu ngày đã chọn:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="166"/>
        <source>Quotas (Law on Citizen Reception; Regulation 11-QĐi/TW)</source>
        <translation>Định mức tiếp công dân (Luật Tiếp công dân; Quy định số 11-QĐi/TW)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="169"/>
        <source>Reception days in the period</source>
        <translation>Các ngày tiếp công dân trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="206"/>
        <source>No leader has a reception quota yet. Press “New reception schedule…” to give a leader a schedule and a quota.</source>
        <translation>Chưa có lãnh đạo nào được giao định mức tiếp công dân. Nhấn “Thêm lịch tiếp công dân…” để giao lịch và định mức cho lãnh đạo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="212"/>
        <source>%Ln leader(s) behind their quota in this period.</source>
        <translation>
            <numerusform>Có %Ln lãnh đạo chưa đạt định mức tiếp công dân trong kỳ này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="215"/>
        <source>Every leader is on track in this period.</source>
        <translation>Tất cả lãnh đạo đều đảm bảo định mức trong kỳ này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="227"/>
        <source>Select a reception day first.</source>
        <translation>Hãy chọn một ngày tiếp công dân trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="259"/>
        <source>There is no other leader to delegate to.</source>
        <translation>Không có lãnh đạo nào khác để ủy quyền.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="263"/>
        <source>Delegated to</source>
        <translation>Ủy quyền cho</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="264"/>
        <source>Who received citizens instead?</source>
        <translation>Lãnh đạo nào tiếp công dân thay?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="276"/>
        <source>Reception day missed</source>
        <translation>Không tiếp công dân theo lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="277"/>
        <source>Why did %1 not receive citizens on %2?</source>
        <translation>Lý do %1 không tiếp công dân ngày %2?</translation>
    </message>
</context>
<context>
    <name>DutyModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="91"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="92"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="93"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="94"/>
        <source>Delegate or reason</source>
        <translation>Người được ủy quyền hoặc lý do</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="52"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="48"/>
        <source>Database problem</source>
        <translation>Sự cố cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="50"/>
        <source>File problem</source>
        <translation>Sự cố tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="53"/>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="65"/>
        <source>If it happens again, send the log file to your IT staff: %1</source>
        <translation>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho cán bộ công nghệ thông tin: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="69"/>
        <source>The details are in the log file: %1</source>
        <translation>Thông tin chi tiết có trong tệp nhật ký: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="122"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>ExportColumnsDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_import_dialog.py" line="38"/>
        <source>Columns to export</source>
        <translation>Các cột cần xuất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_import_dialog.py" line="46"/>
        <source>Include the names of denunciators (this is logged)</source>
        <translation>Kèm họ tên người tố cáo (thao tác này được ghi nhật ký)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_import_dialog.py" line="49"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_import_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="47"/>
        <source>Find a free time</source>
        <translation>Tìm thời gian trống</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="59"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="63"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="67"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="68"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="69"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="74"/>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="83"/>
        <source>Use this time</source>
        <translation>Chọn thời gian này</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="126"/>
        <source>The earliest free times on working days. Double-click one to use it.</source>
        <translation>Các khoảng thời gian trống sớm nhất trong ngày làm việc. Nhấp đúp để chọn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/find_time_dialog.py" line="131"/>
        <source>No free time in these days. Choose a later end date or a shorter duration.</source>
        <translation>Không có thời gian trống trong những ngày này. Hãy chọn ngày kết thúc muộn hơn hoặc thời lượng ngắn hơn.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="559"/>
        <source>Add a follow-up</source>
        <translation>Thêm diễn biến xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="578"/>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ: 125/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="584"/>
        <source>Attach a file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="587"/>
        <source>What happened</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="588"/>
        <source>Decision number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="589"/>
        <source>Extension (days)</source>
        <translation>Gia hạn (ngày)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="590"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="591"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="592"/>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="595"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="595"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="612"/>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="619"/>
        <source>Cannot attach the file</source>
        <translation>Không đính kèm được tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="620"/>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
</context>
<context>
    <name>HoldingDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="44"/>
        <source>Outcome of “%1”</source>
        <translation>Kết quả “%1”</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="56"/>
        <source>Citizens attending</source>
        <translation>Số công dân tham dự</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="57"/>
        <source>Organisations present</source>
        <translation>Cơ quan, tổ chức tham dự</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="58"/>
        <source>Summary of the minutes</source>
        <translation>Tóm tắt biên bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="62"/>
        <source>Issue raised</source>
        <translation>Nội dung được nêu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="62"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="62"/>
        <source>Raised by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="72"/>
        <source>Add issue</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="74"/>
        <source>Remove issue</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="82"/>
        <source>%Ln issue(s) of this conference already registered as cases.</source>
        <translation>
            <numerusform>%Ln nội dung của hội nghị này đã được ghi nhận thành vụ việc.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="87"/>
        <source>Each issue you add here is registered as a new case.</source>
        <translation>Mỗi nội dung thêm tại đây sẽ được ghi nhận thành một vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="101"/>
        <source>Save outcome</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="108"/>
        <source>Issues raised</source>
        <translation>Các nội dung được nêu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="137"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="138"/>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="139"/>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="140"/>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="147"/>
        <source>(to classify later)</source>
        <translation>(phân loại sau)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="181"/>
        <source>Add an issue, then choose who raised it.</source>
        <translation>Hãy thêm nội dung, rồi chọn người đã nêu nội dung đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="185"/>
        <source>Who raised issue %1 (choose from the citizen register or type in)</source>
        <translation>Người nêu nội dung %1 (chọn từ danh sách công dân hoặc nhập tay)</translation>
    </message>
</context>
<context>
    <name>LateAgencyModel</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/late_agency_model.py" line="24"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/late_agency_model.py" line="25"/>
        <source>Overdue cases</source>
        <translation>Số vụ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/late_agency_model.py" line="26"/>
        <source>Most days late</source>
        <translation>Quá hạn lâu nhất (ngày)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/late_agency_model.py" line="27"/>
        <source>Days late in all</source>
        <translation>Tổng số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/late_agency_model.py" line="28"/>
        <source>Oldest deadline</source>
        <translation>Hạn giải quyết sớm nhất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/late_agency_model.py" line="38"/>
        <source>(no agency assigned)</source>
        <translation>(chưa giao cơ quan giải quyết)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="116"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="120"/>
        <source>The month, week and agenda views of every dialogue conference and reception day, with holidays marked. Until it is ready, use &lt;b&gt;Conferences&lt;/b&gt;.</source>
        <translation>Lịch tháng, tuần và danh sách các hội nghị đối thoại, ngày tiếp công dân, có đánh dấu ngày nghỉ lễ. Trong khi chờ, hãy dùng mục &lt;b&gt;Hội nghị&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="127"/>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="131"/>
        <source>Plan dialogue conferences and reception days: chairs, venue, agencies, invited citizens, agenda; conflicts and holidays are checked as you type.</source>
        <translation>Lập kế hoạch hội nghị đối thoại và ngày tiếp công dân: người chủ trì, địa điểm, cơ quan, công dân được mời, chương trình; trùng lịch và ngày nghỉ được kiểm tra ngay khi nhập.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="137"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="141"/>
        <source>The register of petitions: every issue citizens raise, its agency, its statutory deadline and its timeline until it is resolved.</source>
        <translation>Sổ theo dõi đơn thư: mọi vụ việc công dân nêu, cơ quan giải quyết, thời hạn theo luật và diễn biến cho đến khi giải quyết xong.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="147"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="151"/>
        <source>Figures for any period: citizens received, petitions by type, field and agency, settlement rates on time and late, with charts and exports to Excel and PDF. This page is not built yet; the command line &lt;tt&gt;dialogue-app report&lt;/tt&gt; will come with it.</source>
        <translation>Số liệu theo kỳ bất kỳ: số lượt công dân được tiếp, đơn thư theo loại, lĩnh vực và cơ quan, tỷ lệ giải quyết đúng hạn và quá hạn, kèm biểu đồ và xuất ra Excel, PDF. Trang này chưa được xây dựng; lệnh &lt;tt&gt;dialogue-app report&lt;/tt&gt; sẽ có cùng lúc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="159"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="162"/>
        <source>The office profile, the language and the working-day calendar.</source>
        <translation>Thông tin cơ quan, ngôn ngữ và lịch ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="175"/>
        <source>Staff and audit</source>
        <translation>Tài khoản và nhật ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="178"/>
        <source>Staff accounts and the audit log.</source>
        <translation>Tài khoản cán bộ và nhật ký kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="224"/>
        <source>Refreshed from the database.</source>
        <translation>Đã đọc lại dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="232"/>
        <source>Dialogue Desk</source>
        <translation>Dialogue Desk – Đối thoại và tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="234"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../dialogue_app/services/database.py" line="67"/>
        <source>The database structure is out of date. Run “dialogue-app db upgrade” first.</source>
        <translation>Cấu trúc cơ sở dữ liệu đã cũ. Hãy chạy lệnh “dialogue-app db upgrade” trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/database.py" line="114"/>
        <source>The deadlines of open cases could not be brought up to date after the update (%1). Nothing was lost; Dialogue Desk tries again the next time it opens.</source>
        <translation>Chưa cập nhật được thời hạn của các vụ việc đang giải quyết sau khi nâng cấp (%1). Dữ liệu không bị mất; Dialogue Desk sẽ thử lại ở lần mở sau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="47"/>
        <source>Enter the office&apos;s name.</source>
        <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="51"/>
        <source>“%1” is not an e-mail address. Write it as name@example.gov.vn.</source>
        <translation>“%1” không phải là địa chỉ e-mail. Hãy viết theo dạng ten@example.gov.vn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/periods.py" line="62"/>
        <location filename="../../dialogue_app/services/office.py" line="59"/>
        <source>The report cut-off day must be between 1 and 28, or 0 for calendar months.</source>
        <translation>Ngày chốt số liệu báo cáo phải từ 1 đến 28, hoặc 0 nếu tính theo tháng dương lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/periods.py" line="85"/>
        <source>There is no month %1; choose 1 to 12.</source>
        <translation>Không có tháng %1; hãy chọn từ 1 đến 12.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/periods.py" line="118"/>
        <source>The period ends (%1) before it starts (%2). Swap the dates.</source>
        <translation>Ngày kết thúc kỳ (%1) đang trước ngày bắt đầu (%2). Hãy đổi lại hai ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/periods.py" line="171"/>
        <source>There is no quarter %1; choose 1 to 4.</source>
        <translation>Không có quý %1; hãy chọn từ 1 đến 4.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="67"/>
        <source>The reminder cannot be negative.</source>
        <translation>Thời gian nhắc lịch không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="82"/>
        <source>“%1” is not a database address. Use a SQLite file path such as sqlite:///C:/data/dialogue.sqlite or postgresql+psycopg://user@host/dbname.</source>
        <translation>“%1” không phải là địa chỉ cơ sở dữ liệu. Hãy dùng đường dẫn tệp SQLite như sqlite:///C:/data/dialogue.sqlite hoặc postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="111"/>
        <source>PostgreSQL support is not installed. Install it with pip install &apos;dialogue-app[postgres]&apos;.</source>
        <translation>Chưa cài đặt thành phần hỗ trợ PostgreSQL. Hãy cài đặt bằng lệnh pip install &apos;dialogue-app[postgres]&apos;.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="118"/>
        <source>The database type “%1” is not supported. Use SQLite or PostgreSQL.</source>
        <translation>Không hỗ trợ loại cơ sở dữ liệu “%1”. Hãy dùng SQLite hoặc PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="150"/>
        <source>Cannot create the data folder %1: %2. Choose a folder you can write to with --database, or ask IT to give you write access.</source>
        <translation>Không tạo được thư mục dữ liệu %1: %2. Hãy chọn thư mục có quyền ghi bằng tùy chọn --database, hoặc đề nghị cán bộ công nghệ thông tin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="161"/>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu. Hãy chọn tên tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="170"/>
        <location filename="../../dialogue_app/store/database.py" line="284"/>
        <source>%1 is not a Dialogue Desk database (it is some other kind of file). Nothing was changed. Choose another file, or restore a backup.</source>
        <translation>%1 không phải là cơ sở dữ liệu của Dialogue Desk (đây là loại tệp khác). Chưa có thay đổi nào. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="183"/>
        <source>The data folder %1 is not writable (%2). Choose a folder you can write to with --database, or ask IT to give you write access.</source>
        <translation>Không ghi được vào thư mục dữ liệu %1 (%2). Hãy chọn thư mục có quyền ghi bằng tùy chọn --database, hoặc đề nghị cán bộ công nghệ thông tin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="201"/>
        <source>Cannot connect to the PostgreSQL server at %1 (database “%2”): %3. Check that the server is running, that the address, user and password are right, and that this computer may connect to it.</source>
        <translation>Không kết nối được máy chủ PostgreSQL tại %1 (cơ sở dữ liệu “%2”): %3. Hãy kiểm tra máy chủ đang hoạt động, địa chỉ, tên đăng nhập và mật khẩu đúng, và máy tính này được phép kết nối.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="213"/>
        <source>%1 is damaged or is not a Dialogue Desk database. Nothing was changed. Restore a backup (dialogue-app restore FILE) or choose another file.</source>
        <translation>%1 bị hỏng hoặc không phải là cơ sở dữ liệu của Dialogue Desk. Chưa có thay đổi nào. Hãy khôi phục từ bản sao lưu (dialogue-app restore TỆP) hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="221"/>
        <source>Cannot open the database %1: %2.</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="294"/>
        <source>This database was written by a newer version of Dialogue Desk (schema %1). It was not changed. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Dialogue Desk mới hơn (cấu trúc %1). Cơ sở dữ liệu chưa bị thay đổi. Hãy cài đặt phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="305"/>
        <source>This database already holds tables that are not from Dialogue Desk. It was not changed. Choose an empty database or a Dialogue Desk database.</source>
        <translation>Cơ sở dữ liệu này đã có các bảng không thuộc Dialogue Desk. Cơ sở dữ liệu chưa bị thay đổi. Hãy chọn cơ sở dữ liệu trống hoặc cơ sở dữ liệu của Dialogue Desk.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="454"/>
        <source>%1 cannot be restored: it is the database of another program, not a Dialogue Desk backup. Nothing was changed.</source>
        <translation>Không thể khôi phục %1: đây là cơ sở dữ liệu của một chương trình khác, không phải bản sao lưu của Dialogue Desk. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="468"/>
        <source>%1 cannot be restored: it was written by a newer version of Dialogue Desk (schema %2). Nothing was changed. Install the newer version to restore it.</source>
        <translation>Không thể khôi phục %1: tệp do một phiên bản Dialogue Desk mới hơn ghi (cấu trúc %2). Chưa có gì bị thay đổi. Hãy cài phiên bản mới hơn để khôi phục tệp này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="478"/>
        <source>%1 cannot be restored: tables of Dialogue Desk&apos;s schema %2 are missing from it. Nothing was changed. Choose another backup.</source>
        <translation>Không thể khôi phục %1: tệp thiếu các bảng thuộc cấu trúc %2 của Dialogue Desk. Chưa có gì bị thay đổi. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="491"/>
        <source>The database %1 is in use by another program (another Dialogue Desk window?). Nothing was changed. Close it and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được một chương trình khác sử dụng (một cửa sổ Dialogue Desk khác?). Chưa có gì bị thay đổi. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="600"/>
        <source>There is not enough free disk space in %1 to update the database. Nothing was changed: this version opens it once some space is freed.</source>
        <translation>Ổ đĩa chứa %1 không còn đủ chỗ trống để cập nhật cơ sở dữ liệu. Chưa có gì bị thay đổi: phiên bản này sẽ mở được cơ sở dữ liệu khi đã giải phóng thêm dung lượng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="654"/>
        <source>Updating the database structure failed: the updated copy does not pass its checks (%1). Nothing was changed: the previous version of Dialogue Desk still opens the database.</source>
        <translation>Cập nhật cấu trúc cơ sở dữ liệu không thành công: bản sao đã cập nhật không vượt qua bước kiểm tra (%1). Chưa có gì bị thay đổi: phiên bản Dialogue Desk trước vẫn mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="676"/>
        <source>Updating the database structure failed: %1. Nothing was changed: the previous version of Dialogue Desk still opens the database.</source>
        <translation>Cập nhật cấu trúc cơ sở dữ liệu không thành công: %1. Chưa có gì bị thay đổi: phiên bản Dialogue Desk trước vẫn mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="672"/>
        <location filename="../../dialogue_app/store/database.py" line="707"/>
        <source>Updating the database structure failed: %1.</source>
        <translation>Cập nhật cấu trúc cơ sở dữ liệu không thành công: %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="138"/>
        <source>%1: %2 day from acceptance</source>
        <translation>%1: %2 ngày kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="139"/>
        <source>%1: %2 days from acceptance</source>
        <translation>%1: %2 ngày kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="140"/>
        <source>%1: %2 working day from acceptance</source>
        <translation>%1: %2 ngày làm việc kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="141"/>
        <source>%1: %2 working days from acceptance</source>
        <translation>%1: %2 ngày làm việc kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="142"/>
        <source>%1: %2 day from receipt</source>
        <translation>%1: %2 ngày kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="143"/>
        <source>%1: %2 days from receipt</source>
        <translation>%1: %2 ngày kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="144"/>
        <source>%1: %2 working day from receipt</source>
        <translation>%1: %2 ngày làm việc kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="145"/>
        <source>%1: %2 working days from receipt</source>
        <translation>%1: %2 ngày làm việc kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="149"/>
        <source>Office rule: %1 day from acceptance</source>
        <translation>Quy định của cơ quan: %1 ngày kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="150"/>
        <source>Office rule: %1 days from acceptance</source>
        <translation>Quy định của cơ quan: %1 ngày kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="151"/>
        <source>Office rule: %1 working day from acceptance</source>
        <translation>Quy định của cơ quan: %1 ngày làm việc kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="154"/>
        <source>Office rule: %1 working days from acceptance</source>
        <translation>Quy định của cơ quan: %1 ngày làm việc kể từ ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="157"/>
        <source>Office rule: %1 day from receipt</source>
        <translation>Quy định của cơ quan: %1 ngày kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="158"/>
        <source>Office rule: %1 days from receipt</source>
        <translation>Quy định của cơ quan: %1 ngày kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="159"/>
        <source>Office rule: %1 working day from receipt</source>
        <translation>Quy định của cơ quan: %1 ngày làm việc kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="160"/>
        <source>Office rule: %1 working days from receipt</source>
        <translation>Quy định của cơ quan: %1 ngày làm việc kể từ ngày nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="164"/>
        <source>; remote area: %1</source>
        <translation>; vùng sâu, vùng xa: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="165"/>
        <source>; complex: %1</source>
        <translation>; vụ việc phức tạp: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="166"/>
        <source>; particularly complex: %1</source>
        <translation>; vụ việc đặc biệt phức tạp: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="167"/>
        <source>; remote area, complex: %1</source>
        <translation>; vùng sâu, vùng xa, vụ việc phức tạp: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="168"/>
        <source>; remote area, particularly complex: %1</source>
        <translation>; vùng sâu, vùng xa, vụ việc đặc biệt phức tạp: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="172"/>
        <source>; extended by %1 day</source>
        <translation>; gia hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="173"/>
        <source>; extended by %1 days</source>
        <translation>; gia hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="174"/>
        <source>; extended by %1 working day</source>
        <translation>; gia hạn %1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="175"/>
        <source>; extended by %1 working days</source>
        <translation>; gia hạn %1 ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="176"/>
        <source>; extended by %1 day (decision %2)</source>
        <translation>; gia hạn %1 ngày (quyết định số %2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="177"/>
        <source>; extended by %1 days (decision %2)</source>
        <translation>; gia hạn %1 ngày (quyết định số %2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="178"/>
        <source>; extended by %1 working day (decision %2)</source>
        <translation>; gia hạn %1 ngày làm việc (quyết định số %2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="181"/>
        <source>; extended by %1 working days (decision %2)</source>
        <translation>; gia hạn %1 ngày làm việc (quyết định số %2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="185"/>
        <source>; %1 is not a working day (%2), so the period ends on %3 (%4)</source>
        <translation>; ngày %1 không phải là ngày làm việc (%2), nên thời hạn kết thúc vào ngày %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="190"/>
        <source>; %1 is not a working day (weekend), so the period ends on %2 (%3)</source>
        <translation>; ngày %1 không phải là ngày làm việc (ngày nghỉ cuối tuần), nên thời hạn kết thúc vào ngày %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="193"/>
        <source>; %1 is not a working day (day off), so the period ends on %2 (%3)</source>
        <translation>; ngày %1 không phải là ngày làm việc (ngày nghỉ), nên thời hạn kết thúc vào ngày %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="197"/>
        <source>No statutory deadline applies to this case at this stage.</source>
        <translation>Ở giai đoạn này, vụ việc không có thời hạn giải quyết theo luật định.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="285"/>
        <source>An extension must be at least one day.</source>
        <translation>Thời gian gia hạn phải ít nhất là một ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="288"/>
        <source>This case has no statutory deadline running, so there is nothing to extend.</source>
        <translation>Vụ việc này không có thời hạn giải quyết theo luật đang được tính nên không thể gia hạn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="295"/>
        <source>The rule that applies (%1) allows no extension. Mark the case as complex first if the law allows extending it.</source>
        <translation>Quy định áp dụng (%1) không cho phép gia hạn. Nếu pháp luật cho phép gia hạn, hãy chuyển mức độ của vụ việc sang phức tạp trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="305"/>
        <source>This deadline may be extended at most once (%1).</source>
        <translation>Thời hạn này chỉ được gia hạn tối đa một lần (%1).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="309"/>
        <source>This deadline may be extended at most %1 times (%2).</source>
        <translation>Thời hạn này chỉ được gia hạn tối đa %1 lần (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="318"/>
        <source>An extension may be at most 1 working day (%1).</source>
        <translation>Thời gian gia hạn tối đa là 1 ngày làm việc (%1).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="320"/>
        <source>An extension may be at most 1 day (%1).</source>
        <translation>Thời gian gia hạn tối đa là 1 ngày (%1).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="324"/>
        <source>An extension may be at most %1 working days (%2).</source>
        <translation>Thời gian gia hạn tối đa là %1 ngày làm việc (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/deadlines.py" line="326"/>
        <source>An extension may be at most %1 days (%2).</source>
        <translation>Thời gian gia hạn tối đa là %1 ngày (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="67"/>
        <source>The reception rule is not valid JSON: %1</source>
        <translation>Quy tắc lịch tiếp công dân không phải JSON hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="71"/>
        <source>The reception rule must be a JSON object.</source>
        <translation>Quy tắc lịch tiếp công dân phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="77"/>
        <source>Unknown reception rule: “%1” is not a type of rule (monthly or weekly).</source>
        <translation>Quy tắc lịch tiếp công dân không hợp lệ: “%1” không phải là loại quy tắc (monthly hoặc weekly).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="88"/>
        <source>Unknown reception rule: “%1” is not a choice for a day that is not working (next, previous or skip).</source>
        <translation>Quy tắc lịch tiếp công dân không hợp lệ: “%1” không phải là cách xử lý khi trùng ngày nghỉ (next, previous hoặc skip).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="105"/>
        <source>A monthly reception rule needs a day of the month from 1 to 31.</source>
        <translation>Lịch tiếp công dân hằng tháng cần có ngày trong tháng từ 1 đến 31.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="111"/>
        <source>A weekly reception rule needs a weekday from 0 (Monday) to 6 (Sunday).</source>
        <translation>Lịch tiếp công dân hằng tuần cần có thứ trong tuần từ 0 (thứ Hai) đến 6 (Chủ nhật).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="178"/>
        <location filename="../../dialogue_app/domain/reception_rules.py" line="183"/>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” không phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="26"/>
        <source>Backup and restore here work on the embedded SQLite database. For PostgreSQL use the server&apos;s own tools: pg_dump -Fc DBNAME &gt; FILE and pg_restore.</source>
        <translation>Chức năng sao lưu và khôi phục tại đây chỉ áp dụng cho cơ sở dữ liệu SQLite tích hợp. Với PostgreSQL, hãy dùng công cụ của máy chủ: pg_dump -Fc DBNAME &gt; FILE và pg_restore.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="40"/>
        <source>There is no database at %1 to back up.</source>
        <translation>Không có cơ sở dữ liệu tại %1 để sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="45"/>
        <source>The backup file cannot be the database itself. Choose another name.</source>
        <translation>Tệp sao lưu không được trùng với chính tệp cơ sở dữ liệu. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="60"/>
        <source>The backup could not be written to %1: %2.</source>
        <translation>Không ghi được bản sao lưu vào %1: %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="77"/>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="80"/>
        <source>%1 is the database itself: choose a backup to restore.</source>
        <translation>%1 chính là cơ sở dữ liệu đang dùng: hãy chọn một bản sao lưu để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="113"/>
        <location filename="../../dialogue_app/store/database.py" line="418"/>
        <source>%1 cannot be restored: it is not a Dialogue Desk database (it is some other kind of file). Nothing was changed.</source>
        <translation>Không thể khôi phục %1: đây không phải cơ sở dữ liệu Dialogue Desk (đây là một loại tệp khác). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="121"/>
        <location filename="../../dialogue_app/store/database.py" line="444"/>
        <source>%1 cannot be restored: the file is damaged (%2). Nothing was changed. Choose another backup.</source>
        <translation>Không thể khôi phục %1: tệp bị hỏng (%2). Chưa có gì bị thay đổi. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="134"/>
        <source>%1 cannot be restored: there is not enough free disk space in %2. Nothing was changed. Free some space and try again.</source>
        <translation>Không thể khôi phục %1: ổ đĩa chứa %2 không còn đủ chỗ trống. Chưa có gì bị thay đổi. Hãy giải phóng thêm dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backup.py" line="143"/>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>Không thể khôi phục %1: %2. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="463"/>
        <source>%1 is not a Dialogue Desk backup (it holds no data).</source>
        <translation>%1 không phải là bản sao lưu của Dialogue Desk (tệp không chứa dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="52"/>
        <source>The file is not a text calendar file (.ics).</source>
        <translation>Tệp này không phải là tệp lịch dạng văn bản (.ics).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="61"/>
        <source>This file is not a calendar file: an .ics file starts with BEGIN:VCALENDAR. Export the calendar from Outlook, Google or Thunderbird as .ics and try again.</source>
        <translation>Tệp này không phải là tệp lịch: tệp .ics phải bắt đầu bằng BEGIN:VCALENDAR. Hãy xuất lịch từ Outlook, Google hoặc Thunderbird thành tệp .ics rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="70"/>
        <source>The calendar file is incomplete (it does not end with END:VCALENDAR); it may have been cut off while copying. Export it again.</source>
        <translation>Tệp lịch không đầy đủ (không kết thúc bằng END:VCALENDAR); có thể tệp bị cắt mất khi sao chép. Hãy xuất lại tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="81"/>
        <source>The calendar file is damaged and cannot be read: %1</source>
        <translation>Tệp lịch bị hỏng, không đọc được: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="86"/>
        <source>The file holds no calendar.</source>
        <translation>Tệp không chứa lịch nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="99"/>
        <source>The calendar file has an event whose dates or repeat rule cannot be read (%1). Nothing was imported.</source>
        <translation>Tệp lịch có sự kiện không đọc được ngày hoặc quy tắc lặp lại (%1). Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="120"/>
        <source>The calendar gives more than %1 busy times in the planning period; choose a shorter period or a smaller calendar.</source>
        <translation>Lịch có hơn %1 khoảng thời gian bận trong khoảng thời gian lập kế hoạch; hãy chọn khoảng thời gian ngắn hơn hoặc tệp lịch nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="143"/>
        <source>The event “%1” has an unreadable %2 (%3). Nothing was imported.</source>
        <translation>Sự kiện “%1” có trường %2 không đọc được (%3). Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="146"/>
        <source>The event “(untitled)” has an unreadable %1 (%2). Nothing was imported.</source>
        <translation>Sự kiện “(không có tiêu đề)” có trường %1 không đọc được (%2). Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="155"/>
        <source>The event “%1” has no start time (DTSTART). Nothing was imported.</source>
        <translation>Sự kiện “%1” không có thời gian bắt đầu (DTSTART). Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="158"/>
        <source>The event “(untitled)” has no start time (DTSTART). Nothing was imported.</source>
        <translation>Sự kiện “(không có tiêu đề)” không có thời gian bắt đầu (DTSTART). Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="171"/>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="232"/>
        <source>The event “%1” ends before it starts. Nothing was imported.</source>
        <translation>Sự kiện “%1” có thời gian kết thúc trước thời gian bắt đầu. Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/busy_import.py" line="174"/>
        <source>The event “(untitled)” ends before it starts. Nothing was imported.</source>
        <translation>Sự kiện “(không có tiêu đề)” có thời gian kết thúc trước thời gian bắt đầu. Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="191"/>
        <source>There is no conference number %1.</source>
        <translation>Không có hội nghị số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="197"/>
        <source>The office has no organizer e-mail address, so calendar programs would not know whom to answer. Enter it in Settings → Office, then export again.</source>
        <translation>Cơ quan chưa có địa chỉ e-mail gửi giấy mời nên chương trình lịch của người nhận không biết phản hồi cho ai. Hãy nhập địa chỉ này tại Cài đặt → Thông tin cơ quan rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="207"/>
        <source>“%1” has no date and time yet. Set when it starts and ends first.</source>
        <translation>“%1” chưa có ngày giờ. Hãy đặt thời gian bắt đầu và kết thúc trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="216"/>
        <source>“%1” ends before it starts. Correct its times first.</source>
        <translation>“%1” có thời gian kết thúc trước thời gian bắt đầu. Hãy sửa lại thời gian trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="224"/>
        <source>“%1” is cancelled. Send the cancellation instead of an invitation.</source>
        <translation>“%1” đã bị hủy. Hãy gửi thông báo hủy thay cho giấy mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="233"/>
        <source>“%1” is not cancelled. Cancel the conference first (so that calendars see the change), then export the cancellation.</source>
        <translation>“%1” chưa bị hủy. Hãy hủy hội nghị trước (để lịch của người nhận cập nhật thay đổi), rồi xuất thông báo hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="245"/>
        <source>Nobody invited to “%1” has an e-mail address. Add the e-mail of a chairing leader or an answering agency, or export the schedule instead.</source>
        <translation>Không ai được mời dự “%1” có địa chỉ e-mail. Hãy thêm e-mail của lãnh đạo chủ trì hoặc cơ quan có trách nhiệm trả lời, hoặc xuất lịch thay cho giấy mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="288"/>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="385"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="389"/>
        <source>The reminder cannot be after the deadline.</source>
        <translation>Thời điểm nhắc không được sau hạn giải quyết.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="450"/>
        <source>Give the official&apos;s name.</source>
        <translation>Hãy nhập tên lãnh đạo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="457"/>
        <source>No official is called “%1”. Check the spelling in the list of officials.</source>
        <translation>Không có lãnh đạo nào tên “%1”. Hãy kiểm tra chính tả trong danh sách lãnh đạo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="466"/>
        <source>Several officials match “%1”: %2. Give the full name.</source>
        <translation>Có nhiều lãnh đạo khớp với “%1”: %2. Hãy nhập đầy đủ họ tên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="494"/>
        <source>The end of the period is before its start.</source>
        <translation>Ngày kết thúc đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="504"/>
        <source>There is no official number %1.</source>
        <translation>Không có lãnh đạo số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="560"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Không đọc được “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/files.py" line="32"/>
        <source>The export was cancelled; the file was not written.</source>
        <translation>Đã hủy xuất dữ liệu; tệp chưa được ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="445"/>
        <source>“%1” was not saved: the disk is full. Free some space or choose another drive, then try again.</source>
        <translation>Chưa lưu được “%1”: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="454"/>
        <source>“%1” was not saved: this folder cannot be written to, or the file is read-only or open in another program. Close the file or choose another folder (for example Documents), then try again.</source>
        <translation>Chưa lưu được “%1”: không thể ghi vào thư mục này, hoặc tệp chỉ cho phép đọc hay đang mở trong một chương trình khác. Hãy đóng tệp hoặc chọn thư mục khác (ví dụ Documents), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="464"/>
        <source>“%1” was not saved: that name belongs to a folder. Choose a file name inside the folder, then try again.</source>
        <translation>Chưa lưu được “%1”: đó là tên của một thư mục. Hãy chọn một tên tệp bên trong thư mục đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="473"/>
        <source>“%1” was not saved: its folder does not exist (was a USB drive or network folder removed?). Choose another folder, then try again.</source>
        <translation>Chưa lưu được “%1”: thư mục chứa tệp không tồn tại (ổ USB hoặc thư mục mạng đã bị rút ra?). Hãy chọn thư mục khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="481"/>
        <source>“%1” was not saved (%2). Choose another folder, then try again.</source>
        <translation>Chưa lưu được “%1” (%2). Hãy chọn thư mục khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/export.py" line="97"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Hãy chọn tên tệp có đuôi .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/export.py" line="103"/>
        <source>Choose at least one known column to export.</source>
        <translation>Hãy chọn ít nhất một cột hợp lệ để xuất.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/export.py" line="108"/>
        <source>You are not allowed to export who made denunciations (Law on Denunciations 2018).</source>
        <translation>Anh/chị không được phép xuất thông tin người tố cáo (Luật Tố cáo năm 2018).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/demo/service.py" line="71"/>
        <source>The demo data refers to “%1”, which it does not define.</source>
        <translation>Dữ liệu mẫu tham chiếu đến “%1” nhưng không có định nghĩa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/demo/service.py" line="133"/>
        <source>The database already holds data; the demo is only loaded into an empty database. Use a new database file (--database) to try the demo.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ được nạp vào cơ sở dữ liệu trống. Hãy dùng tệp cơ sở dữ liệu mới (--database) để dùng thử dữ liệu mẫu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="84"/>
        <source>This duty quota no longer exists.</source>
        <translation>Định mức tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="407"/>
        <source>The reception ends before it starts.</source>
        <translation>Giờ kết thúc buổi tiếp đang trước giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="115"/>
        <source>The schedule ends before it begins.</source>
        <translation>Ngày kết thúc lịch đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="416"/>
        <source>The venue chosen was removed meanwhile.</source>
        <translation>Địa điểm đã chọn vừa bị xóa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="151"/>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="144"/>
        <source>The last day is before the first day.</source>
        <translation>Ngày cuối đang trước ngày đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="424"/>
        <source>This reception schedule no longer exists.</source>
        <translation>Lịch tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="308"/>
        <source>Choose the leader the reception was delegated to.</source>
        <translation>Hãy chọn lãnh đạo được ủy quyền tiếp công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="171"/>
        <source>A change can only apply from today on; reception days already past stay as they were.</source>
        <translation>Thay đổi chỉ áp dụng từ hôm nay trở đi; các ngày tiếp công dân đã qua được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="184"/>
        <source>The schedule would begin after its last day (%1); choose an earlier first day.</source>
        <translation>Lịch sẽ bắt đầu sau ngày áp dụng cuối cùng (%1); hãy chọn ngày bắt đầu sớm hơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="224"/>
        <source>A schedule can only be stopped from today on; reception days already past stay to be marked held, delegated or missed.</source>
        <translation>Chỉ có thể ngừng áp dụng lịch từ hôm nay trở đi; các ngày tiếp đã qua vẫn cần được ghi nhận là đã tiếp, đã ủy quyền hoặc không tiếp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="236"/>
        <source>This reception schedule is already stopped. Resume it first if the date should change.</source>
        <translation>Lịch tiếp công dân này đã ngừng áp dụng. Muốn đổi ngày ngừng, hãy áp dụng lại lịch trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="261"/>
        <source>This reception schedule is already in force.</source>
        <translation>Lịch tiếp công dân này đang được áp dụng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="268"/>
        <source>The schedule applies again from %1; plan its days until that day or later.</source>
        <translation>Lịch được áp dụng lại từ ngày %1; hãy lên lịch các ngày tiếp đến ngày đó hoặc muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="313"/>
        <source>Say why the reception day was missed.</source>
        <translation>Hãy nêu lý do không tiếp công dân theo lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="317"/>
        <source>Choose held, delegated or missed.</source>
        <translation>Hãy chọn đã tiếp, ủy quyền hoặc không tiếp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="323"/>
        <source>This reception day no longer exists.</source>
        <translation>Ngày tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="327"/>
        <source>This reception day has not come yet; mark it on or after the day.</source>
        <translation>Chưa đến ngày tiếp công dân này; hãy đánh dấu vào hoặc sau ngày đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="335"/>
        <source>A reception cannot be delegated to the same leader.</source>
        <translation>Không thể ủy quyền tiếp công dân cho chính lãnh đạo đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="432"/>
        <source>This leader was removed from the register meanwhile.</source>
        <translation>Lãnh đạo này vừa bị xóa khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/export.py" line="278"/>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Hãy chọn tên tệp có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/service.py" line="44"/>
        <source>Give both the first and the last day of the period.</source>
        <translation>Hãy nhập cả ngày đầu và ngày cuối của kỳ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/drill_down.py" line="36"/>
        <source>Cannot break figures down by “%1”.</source>
        <translation>Không thể tổng hợp số liệu theo “%1”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/drill_down.py" line="44"/>
        <source>Every case has a type; choose one.</source>
        <translation>Mỗi vụ việc đều có loại đơn; hãy chọn một loại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/queries.py" line="96"/>
        <source>There is no administrative unit with the number %1.</source>
        <translation>Không có địa bàn hành chính số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/conflicts.py" line="39"/>
        <source>This conference has conflicts. Give a reason to save it anyway.</source>
        <translation>Hội nghị này bị trùng lịch. Hãy nêu lý do để vẫn lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="155"/>
        <source>The duration must be longer than zero.</source>
        <translation>Thời lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="186"/>
        <source>A new conference is either a draft or scheduled.</source>
        <translation>Hội nghị mới chỉ có thể ở trạng thái dự thảo hoặc đã lên lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="217"/>
        <source>A conference that has been held, closed or cancelled can no longer be rescheduled; record its outcome instead.</source>
        <translation>Hội nghị đã tổ chức, đã hoàn tất hoặc đã hủy thì không thể đổi lịch; hãy ghi kết quả hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="253"/>
        <source>Say why the conference is postponed or cancelled; the invited people will be told.</source>
        <translation>Hãy nêu lý do hoãn hoặc hủy hội nghị; những người được mời sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="292"/>
        <source>Say why the conference is postponed.</source>
        <translation>Hãy nêu lý do hoãn hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="48"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>Số người tham dự không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="54"/>
        <source>Every issue raised needs a short summary.</source>
        <translation>Mỗi nội dung được nêu cần có tóm tắt ngắn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="72"/>
        <source>This conference has not started yet; record it once it has taken place.</source>
        <translation>Hội nghị chưa bắt đầu; hãy ghi kết quả sau khi hội nghị đã diễn ra.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="343"/>
        <source>Give the conference a title.</source>
        <translation>Hãy nhập tiêu đề hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="347"/>
        <source>The start and end need a time zone.</source>
        <translation>Thời gian bắt đầu và kết thúc cần có múi giờ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="352"/>
        <source>The conference ends before it starts; check the times.</source>
        <translation>Hội nghị có thời gian kết thúc trước thời gian bắt đầu; hãy kiểm tra lại thời gian.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="357"/>
        <source>The conference starts and ends at the same time.</source>
        <translation>Hội nghị có thời gian bắt đầu và kết thúc trùng nhau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="362"/>
        <source>The start is in the past. Choose a time from now on, or record a past session from its reception day.</source>
        <translation>Thời gian bắt đầu đã qua. Hãy chọn thời gian từ bây giờ trở đi, hoặc ghi nhận buổi tiếp đã diễn ra từ ngày tiếp công dân tương ứng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="374"/>
        <source>Every agenda item needs a title.</source>
        <translation>Mỗi nội dung trong chương trình cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="378"/>
        <source>An agenda item cannot last less than zero minutes.</source>
        <translation>Thời lượng của nội dung trong chương trình không được nhỏ hơn 0 phút.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="387"/>
        <source>A participant needs a name.</source>
        <translation>Người tham dự cần có họ tên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="422"/>
        <source>The venue chosen was removed meanwhile. Choose another venue.</source>
        <translation>Địa điểm đã chọn vừa bị xóa. Hãy chọn địa điểm khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="429"/>
        <source>The unit chosen was removed meanwhile. Choose it again.</source>
        <translation>Địa bàn đã chọn vừa bị xóa. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="437"/>
        <source>A leader chosen was removed from the register meanwhile. Choose again.</source>
        <translation>Một lãnh đạo đã chọn vừa bị xóa khỏi danh sách. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="445"/>
        <source>An agency chosen was removed meanwhile. Choose again.</source>
        <translation>Một cơ quan đã chọn vừa bị xóa. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="452"/>
        <source>A citizen chosen was removed meanwhile. Choose again.</source>
        <translation>Một công dân đã chọn vừa bị xóa. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="23"/>
        <source>A draft conference can only be scheduled or cancelled.</source>
        <translation>Hội nghị ở trạng thái dự thảo chỉ có thể được lên lịch hoặc hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="26"/>
        <source>A scheduled conference can only be held, postponed or cancelled.</source>
        <translation>Hội nghị đã lên lịch chỉ có thể được tổ chức, hoãn hoặc hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="29"/>
        <source>A postponed conference can only be scheduled again or cancelled.</source>
        <translation>Hội nghị đã hoãn chỉ có thể được lên lịch lại hoặc hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="32"/>
        <source>A held conference can only be closed.</source>
        <translation>Hội nghị đã tổ chức chỉ có thể được hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="33"/>
        <source>A closed conference can no longer change its status.</source>
        <translation>Hội nghị đã hoàn tất không thể thay đổi trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="36"/>
        <source>A cancelled conference can no longer change its status.</source>
        <translation>Hội nghị đã hủy không thể thay đổi trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="81"/>
        <source>A draft conference cannot be postponed; schedule it first.</source>
        <translation>Không thể hoãn hội nghị ở trạng thái dự thảo; hãy lên lịch trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="84"/>
        <source>A conference that has been held cannot be postponed.</source>
        <translation>Không thể hoãn hội nghị đã tổ chức.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="87"/>
        <source>A closed conference cannot be postponed.</source>
        <translation>Không thể hoãn hội nghị đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="90"/>
        <source>A cancelled conference cannot be postponed.</source>
        <translation>Không thể hoãn hội nghị đã hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="25"/>
        <source>Only a scheduled or held conference can be recorded (this one is a draft).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đang là dự thảo).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="29"/>
        <source>Only a scheduled or held conference can be recorded (this one is postponed).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đã hoãn).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="33"/>
        <source>Only a scheduled or held conference can be recorded (this one is closed).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đã hoàn tất).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="37"/>
        <source>Only a scheduled or held conference can be recorded (this one is cancelled).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đã hủy).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/queries.py" line="215"/>
        <source>This conference no longer exists; somebody may have deleted it.</source>
        <translation>Hội nghị này không còn tồn tại; có thể đã bị người khác xóa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="52"/>
        <source>Somebody else changed this conference while you were editing it. Your changes were not saved; close the form, open the conference again and redo them.</source>
        <translation>Người khác đã thay đổi hội nghị này trong lúc anh/chị đang sửa. Các thay đổi của anh/chị chưa được lưu; hãy đóng biểu mẫu, mở lại hội nghị và thực hiện lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="93"/>
        <source>%1 is already a working day; a swapped working day must fall on a weekend or a holiday.</source>
        <translation>%1 đã là ngày làm việc; ngày làm bù phải rơi vào cuối tuần hoặc ngày nghỉ lễ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="105"/>
        <source>%1 is already a day off (weekend).</source>
        <translation>%1 đã là ngày nghỉ (cuối tuần).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="111"/>
        <source>%1 is already a day off (%2).</source>
        <translation>%1 đã là ngày nghỉ (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="137"/>
        <source>There is no office exception on %1.</source>
        <translation>Cơ quan không có thiết lập riêng cho ngày %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="77"/>
        <source>Nothing was imported. Fix the file and import it again.</source>
        <translation>Chưa nhập dữ liệu nào. Hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="87"/>
        <source>(only the first problems shown)</source>
        <translation>(chỉ hiển thị các lỗi đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/write.py" line="56"/>
        <source>Imported from %1, row %2</source>
        <translation>Nhập từ tệp %1, dòng %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="93"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy nhập; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="100"/>
        <source>1 case imported (1 new citizen).</source>
        <translation>Đã nhập 1 vụ việc (1 công dân mới).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="101"/>
        <source>1 case imported (%2 new citizens).</source>
        <translation>Đã nhập 1 vụ việc (%2 công dân mới).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="102"/>
        <source>%1 cases imported (1 new citizen).</source>
        <translation>Đã nhập %1 vụ việc (1 công dân mới).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="103"/>
        <source>%1 cases imported (%2 new citizens).</source>
        <translation>Đã nhập %1 vụ việc (%2 công dân mới).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="108"/>
        <source>1 linked as a repeat petition.</source>
        <translation>1 vụ việc được liên kết là đơn trùng lặp, tái diễn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="109"/>
        <source>%1 linked as repeat petitions.</source>
        <translation>%1 vụ việc được liên kết là đơn trùng lặp, tái diễn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="114"/>
        <source>1 accepted case has no acceptance date: its deadlines count from the day it was received (give the date in an “accepted_on” column for exact deadlines).</source>
        <translation>1 vụ việc đã thụ lý không có ngày thụ lý: thời hạn được tính từ ngày tiếp nhận (hãy ghi ngày vào cột “Ngày thụ lý” để thời hạn được tính chính xác).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="119"/>
        <source>%1 accepted cases have no acceptance date: their deadlines count from the day they were received (give the dates in an “accepted_on” column for exact deadlines).</source>
        <translation>%1 vụ việc đã thụ lý không có ngày thụ lý: thời hạn được tính từ ngày tiếp nhận (hãy ghi ngày vào cột “Ngày thụ lý” để thời hạn được tính chính xác).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="156"/>
        <source>New communes: %1.</source>
        <translation>Xã, phường mới: %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="157"/>
        <source>New agencies: %1.</source>
        <translation>Cơ quan mới: %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="158"/>
        <source>New fields: %1.</source>
        <translation>Lĩnh vực mới: %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/results.py" line="160"/>
        <source>Columns ignored because the app computes them: %1.</source>
        <translation>Các cột được bỏ qua vì ứng dụng tự tính: %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="41"/>
        <source>The file cannot be read: %1.</source>
        <translation>Không đọc được tệp: %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="46"/>
        <source>“%1” is not a .csv or .xlsx file; save it as one.</source>
        <translation>“%1” không phải tệp .csv hoặc .xlsx; hãy lưu lại theo một trong hai định dạng này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="67"/>
        <source>The file is too large to be a case register (%1 MB; at most %2 MB). Check that it is the right file, or split it into smaller files and import them one by one.</source>
        <translation>Tệp quá lớn để là một sổ vụ việc (%1 MB; tối đa %2 MB). Hãy kiểm tra xem có đúng tệp không, hoặc chia thành các tệp nhỏ hơn rồi nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="74"/>
        <source>The workbook unpacks to %1 MB, far more than a case register (at most %2 MB): it is damaged or not a real spreadsheet. Open it in Excel, check it, save it again and import that file.</source>
        <translation>Khi giải nén, bảng tính chiếm %1 MB, lớn hơn nhiều so với một sổ vụ việc (tối đa %2 MB): tệp bị hỏng hoặc không phải bảng tính thật. Hãy mở tệp bằng Excel, kiểm tra, lưu lại rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="81"/>
        <source>The file has more than %1 rows. If most are empty (formatted down to the bottom of the sheet), delete the empty rows below the data; otherwise split the file into smaller files and import them one by one.</source>
        <translation>Tệp có hơn %1 dòng. Nếu phần lớn là dòng trống (được định dạng xuống tận cuối trang tính), hãy xóa các dòng trống bên dưới dữ liệu; nếu không, hãy chia thành các tệp nhỏ hơn rồi nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="122"/>
        <source>Row %1: the file is not UTF-8 text (it was probably saved in another encoding, such as Windows-1258 or TCVN3). In Excel choose Save As › “CSV UTF-8 (Comma delimited)” and import that file.</source>
        <translation>Dòng %1: tệp không phải văn bản UTF-8 (có thể đã được lưu bằng bảng mã khác, như Windows-1258 hoặc TCVN3). Trong Excel, chọn Save As › “CSV UTF-8 (Comma delimited)” rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="89"/>
        <source>Row %1: the file contains NUL characters, so it is not plain UTF-8 text (it was probably saved as “Unicode Text” / UTF-16). In Excel choose Save As › “CSV UTF-8 (Comma delimited)” and import that file.</source>
        <translation>Dòng %1: tệp chứa ký tự NUL nên không phải văn bản UTF-8 thông thường (có thể đã được lưu dạng “Unicode Text” / UTF-16). Trong Excel, chọn Save As › “CSV UTF-8 (Comma delimited)” rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="97"/>
        <source>Row %1: a quotation mark (&quot;) opens a cell that is not closed where it should be, so the rows after it would be read into that cell. Check the quotation marks of this row: a cell that starts with &quot; must end with &quot; just before the next separator, and a &quot; inside a cell is written twice (&quot;&quot;).</source>
        <translation>Dòng %1: một dấu ngoặc kép (&quot;) mở đầu một ô nhưng không được đóng đúng chỗ, nên các dòng sau sẽ bị đọc gộp vào ô đó. Hãy kiểm tra các dấu ngoặc kép của dòng này: ô bắt đầu bằng &quot; phải kết thúc bằng &quot; ngay trước dấu phân cách tiếp theo, và dấu &quot; nằm trong ô phải viết hai lần (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="106"/>
        <source>Row %1, column %2: this cell holds several lines that look like whole rows of the file: a quotation mark (&quot;) on this row is probably not closed. Check the quotation marks of this row.</source>
        <translation>Dòng %1, cột %2: ô này chứa nhiều dòng trông như các dòng đầy đủ của tệp: có lẽ một dấu ngoặc kép (&quot;) trên dòng này chưa được đóng. Hãy kiểm tra các dấu ngoặc kép của dòng này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="114"/>
        <source>Row %1, column %2: the cell holds a formula whose result was not saved in the file (it was written by a program other than Excel). Open the file in Excel, save it, and import it again.</source>
        <translation>Dòng %1, cột %2: ô chứa công thức nhưng kết quả của công thức không được lưu trong tệp (tệp được tạo bằng chương trình khác Excel). Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="191"/>
        <source>The file is not a valid Excel (.xlsx) workbook, or it is damaged.</source>
        <translation>Tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/read.py" line="322"/>
        <source>The file is empty: it has no header row.</source>
        <translation>Tệp trống: không có dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="179"/>
        <source>Row %1, column %2: “%3” is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-15.</source>
        <translation>Dòng %1, cột %2: “%3” không phải ngày hợp lệ; hãy ghi theo dạng YYYY-MM-DD, ví dụ 2026-03-15.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="197"/>
        <source>Row %1, column %2: “%3” must be yes or no.</source>
        <translation>Dòng %1, cột %2: “%3” phải là “có” hoặc “không” (yes/no).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="212"/>
        <source>Row %1, column %2: “%3” is not an ID number: a CCCD number is exactly 12 digits.</source>
        <translation>Dòng %1, cột %2: “%3” không phải số định danh: số CCCD gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="224"/>
        <source>Row %1, column %2: %3 is in the future.</source>
        <translation>Dòng %1, cột %2: ngày %3 chưa đến.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="228"/>
        <source>Row %1, column %2: “%3” is not a status; use received, accepted, in_progress, resolved, transferred, guided, withdrawn.</source>
        <translation>Dòng %1, cột %2: “%3” không phải trạng thái hợp lệ; hãy dùng: tiếp nhận, thụ lý, đang giải quyết, đã giải quyết, chuyển đơn, hướng dẫn, rút đơn (hoặc received, accepted, in_progress, resolved, transferred, guided, withdrawn).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="263"/>
        <source>Row %1, column %2: the date the case was received is missing.</source>
        <translation>Dòng %1, cột %2: thiếu ngày tiếp nhận vụ việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="285"/>
        <source>Row %1, column %2: the citizen&apos;s name is missing.</source>
        <translation>Dòng %1, cột %2: thiếu họ tên công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="297"/>
        <source>Row %1, column %2: the type is missing (complaint, denunciation, recommendation or feedback).</source>
        <translation>Dòng %1, cột %2: thiếu loại đơn (khiếu nại, tố cáo, kiến nghị hoặc phản ánh).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="308"/>
        <source>Row %1, column %2: “%3” is not a type; use complaint, denunciation, recommendation or feedback.</source>
        <translation>Dòng %1, cột %2: “%3” không phải loại đơn hợp lệ; hãy dùng: khiếu nại, tố cáo, kiến nghị hoặc phản ánh (hoặc complaint, denunciation, recommendation, feedback).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="331"/>
        <source>Row %1, column %2: the case cannot be resolved before it was received.</source>
        <translation>Dòng %1, cột %2: ngày giải quyết không thể trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="343"/>
        <source>Row %1, column %2: a resolved case needs the date it was resolved.</source>
        <translation>Dòng %1, cột %2: vụ việc đã giải quyết phải có ngày giải quyết.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="364"/>
        <source>Row %1, column %2: “%3” must be 1 (first time) or 2 (second time).</source>
        <translation>Dòng %1, cột %2: “%3” phải là 1 (lần đầu) hoặc 2 (lần hai).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="462"/>
        <source>Row %1, column %2: the text is too long; at most %3 characters.</source>
        <translation>Dòng %1, cột %2: nội dung quá dài; tối đa %3 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="467"/>
        <source>Row %1, column %2: the text contains an invisible control character (%3); delete it (type the cell again) and import the file again.</source>
        <translation>Dòng %1, cột %2: nội dung chứa một ký tự điều khiển không nhìn thấy được (%3); hãy xóa ký tự đó (gõ lại ô này) rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="474"/>
        <source>Row %1, column %2: a case with status “%3” was never accepted; leave this cell empty or correct the status.</source>
        <translation>Dòng %1, cột %2: vụ việc có trạng thái “%3” chưa từng được thụ lý; hãy để trống ô này hoặc sửa lại trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="481"/>
        <source>Row %1, column %2: the case cannot be accepted before it was received (%3).</source>
        <translation>Dòng %1, cột %2: không thể thụ lý vụ việc trước ngày tiếp nhận (%3).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="487"/>
        <source>Row %1, column %2: the case cannot be accepted after it was resolved or closed (%3).</source>
        <translation>Dòng %1, cột %2: không thể thụ lý vụ việc sau ngày giải quyết hoặc kết thúc (%3).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="493"/>
        <source>Row %1, column %2: “%3” is not an outcome; use upheld, partly_upheld, rejected or answered.</source>
        <translation>Dòng %1, cột %2: “%3” không phải kết quả giải quyết hợp lệ; hãy dùng: đúng, đúng một phần, sai, đã trả lời (hoặc upheld, partly_upheld, rejected, answered).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="499"/>
        <source>Row %1, column %2: only a resolved case has an outcome, and this one is “%3”; leave this cell empty or correct the status.</source>
        <translation>Dòng %1, cột %2: chỉ vụ việc đã giải quyết mới có kết quả giải quyết, còn vụ việc này có trạng thái “%3”; hãy để trống ô này hoặc sửa lại trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="506"/>
        <source>Row %1, column %2: a resolved complaint or denunciation needs its outcome: upheld, partly_upheld, rejected or answered.</source>
        <translation>Dòng %1, cột %2: khiếu nại hoặc tố cáo đã giải quyết cần ghi kết quả giải quyết: đúng, đúng một phần, sai, đã trả lời (hoặc upheld, partly_upheld, rejected, answered).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="513"/>
        <source>Row %1, column %2: only an accepted denunciation has a date its denunciator was notified; leave this cell empty or correct the type or status.</source>
        <translation>Dòng %1, cột %2: chỉ tố cáo đã thụ lý mới có ngày thông báo thụ lý cho người tố cáo; hãy để trống ô này hoặc sửa lại loại đơn hoặc trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="520"/>
        <source>Row %1, column %2: the denunciator cannot be notified before the denunciation was accepted (%3).</source>
        <translation>Dòng %1, cột %2: không thể thông báo cho người tố cáo trước ngày thụ lý tố cáo (%3).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="527"/>
        <source>Row %1, column %2: the denunciator&apos;s name is hidden in this file ([confidential]): type the name, or export the list again with the names of denunciators.</source>
        <translation>Dòng %1, cột %2: tên người tố cáo đã được che trong tệp này ([confidential]): hãy nhập tên, hoặc xuất lại danh sách có kèm tên người tố cáo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/write.py" line="65"/>
        <source>The database is busy (another import, or a large change by a colleague, is being saved); nothing was imported. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận (một lượt nhập khác, hoặc một thay đổi lớn của đồng nghiệp, đang được lưu); chưa có gì được nhập. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="167"/>
        <source>Row %1: this row was already imported as case %2 (received on %3, same citizen, type and summary); remove it from the file.</source>
        <translation>Dòng %1: dòng này đã được nhập trước đây thành vụ việc %2 (tiếp nhận ngày %3, cùng công dân, loại đơn và nội dung); hãy xóa dòng này khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="174"/>
        <source>Row %1 is the same case as row %2 (same received date, citizen, type and summary); remove one of them from the file.</source>
        <translation>Dòng %1 trùng với dòng %2 (cùng ngày tiếp nhận, công dân, loại đơn và nội dung); hãy xóa một trong hai dòng khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="181"/>
        <source>%1 of the %2 rows are already in the register: this file, or part of it, was imported before. Remove those rows from the file.</source>
        <translation>%1 trong số %2 dòng đã có trong sổ theo dõi: tệp này, hoặc một phần của nó, đã được nhập trước đây. Hãy xóa các dòng đó khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="188"/>
        <source>Row %1, column %2: case number %3 is already used by case %4 in the register; change it or leave it empty.</source>
        <translation>Dòng %1, cột %2: số vụ việc %3 đã được dùng cho vụ việc %4 trong sổ theo dõi; hãy đổi số khác hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="195"/>
        <source>Row %1, column %2: case number %3 is also on row %4; each case has its own number.</source>
        <translation>Dòng %1, cột %2: số vụ việc %3 cũng có ở dòng %4; mỗi vụ việc có một số riêng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/__init__.py" line="88"/>
        <source>Row %1 has more cells than the header has columns.</source>
        <translation>Dòng %1 có nhiều ô hơn số cột của dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/columns.py" line="138"/>
        <source>Row %1, column %2: unknown column (the headers the app&apos;s own export writes are accepted too). The columns are: received_on, citizen_name, national_id, address, commune, type, field, summary, within_competence, agency, status, resolved_on, remote_area, round, accepted_on, outcome, number, handler, notified_on.</source>
        <translation>Dòng %1, cột %2: cột không xác định (các tiêu đề do chính ứng dụng xuất ra cũng được nhận). Các cột được nhận là: Ngày tiếp nhận, Họ và tên, Số CCCD, Địa chỉ, Xã, phường, Loại đơn, Lĩnh vực, Nội dung tóm tắt, Thuộc thẩm quyền, Cơ quan giải quyết, Trạng thái, Ngày kết thúc, Vùng sâu, vùng xa, Lần giải quyết, Ngày thụ lý, Kết quả giải quyết, Số vụ việc, Cán bộ xử lý, Ngày thông báo thụ lý tố cáo (hoặc tên tiếng Anh: received_on, citizen_name, national_id, address, commune, type, field, summary, within_competence, agency, status, resolved_on, remote_area, round, accepted_on, outcome, number, handler, notified_on).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/__init__.py" line="110"/>
        <source>The file has a header row but no cases below it.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có vụ việc nào bên dưới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/columns.py" line="164"/>
        <source>Row %1, column %2: this column appears twice.</source>
        <translation>Dòng %1, cột %2: cột này xuất hiện hai lần.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/columns.py" line="180"/>
        <source>Row %1, column %2: this required column is missing.</source>
        <translation>Dòng %1, cột %2: thiếu cột bắt buộc này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="176"/>
        <source>Edited</source>
        <translation>Đã sửa thông tin vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="181"/>
        <source>case number</source>
        <translation>số vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="182"/>
        <source>date received</source>
        <translation>ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="183"/>
        <source>received through</source>
        <translation>hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="184"/>
        <source>conference</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="185"/>
        <source>type</source>
        <translation>loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="186"/>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="187"/>
        <source>summary</source>
        <translation>nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="188"/>
        <source>commune</source>
        <translation>xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="189"/>
        <source>competence</source>
        <translation>thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="190"/>
        <source>round</source>
        <translation>lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="191"/>
        <source>remote area</source>
        <translation>vùng sâu, vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="192"/>
        <source>complexity</source>
        <translation>mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="193"/>
        <source>group size</source>
        <translation>số người</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="194"/>
        <source>agency</source>
        <translation>cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="195"/>
        <source>handler</source>
        <translation>cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="196"/>
        <source>citizens</source>
        <translation>công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="210"/>
        <source>Edited: </source>
        <translation>Đã sửa: </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="221"/>
        <source>Registered</source>
        <translation>Đã vào sổ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="223"/>
        <source>Registered; repeat of case %1</source>
        <translation>Đã vào sổ tiếp nhận; đơn trùng với vụ việc %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/queries.py" line="66"/>
        <source>Cannot sort by “%1”.</source>
        <translation>Không sắp xếp được theo “%1”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/service.py" line="148"/>
        <source>You are not allowed to see who made this denunciation (Law on Denunciations 2018). Ask the head of the office for the permission.</source>
        <translation>Anh/chị không có quyền xem thông tin người tố cáo (Luật Tố cáo năm 2018). Hãy đề nghị lãnh đạo cơ quan cấp quyền.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/attachments.py" line="50"/>
        <source>This attached file no longer exists.</source>
        <translation>Tệp đính kèm này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/queries.py" line="275"/>
        <source>Case %1 does not exist (it may have been deleted).</source>
        <translation>Vụ việc %1 không tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="80"/>
        <source>A case cannot repeat itself.</source>
        <translation>Một vụ việc không thể là đơn trùng lặp của chính nó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="110"/>
        <source>Case number %1 is already used by another case. Choose another.</source>
        <translation>Số vụ việc %1 đã được dùng cho vụ việc khác. Hãy chọn số khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="133"/>
        <source>The received date cannot be after the date the case was accepted.</source>
        <translation>Ngày tiếp nhận không thể sau ngày thụ lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="54"/>
        <source>Enter the date the case was resolved.</source>
        <translation>Hãy nhập ngày giải quyết vụ việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="59"/>
        <source>Choose the outcome: upheld, partly upheld, rejected or answered.</source>
        <translation>Hãy chọn kết quả: đúng, đúng một phần, sai hoặc đã trả lời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="66"/>
        <source>Enter the legal ground for refusing to accept the case.</source>
        <translation>Hãy nhập căn cứ pháp lý của việc không thụ lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="351"/>
        <source>The date cannot be in the future.</source>
        <translation>Ngày không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="355"/>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>Ngày %1 trước ngày tiếp nhận vụ việc (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="103"/>
        <source>A complaint or a denunciation is resolved as upheld, partly upheld or rejected, not “answered”.</source>
        <translation>Khiếu nại, tố cáo được kết luận là đúng, đúng một phần hoặc sai, không phải “Đã trả lời”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="139"/>
        <source>Use a status change to move the case along.</source>
        <translation>Hãy dùng “Chuyển trạng thái” để chuyển bước xử lý vụ việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/attachments.py" line="25"/>
        <source>The file %1 is larger than 25 MB; attach a smaller scan or a PDF.</source>
        <translation>Tệp %1 lớn hơn 25 MB; hãy đính kèm bản quét nhỏ hơn hoặc tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="146"/>
        <source>Enter the number of the extension decision.</source>
        <translation>Hãy nhập số quyết định gia hạn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="195"/>
        <source>A closed case cannot be extended.</source>
        <translation>Vụ việc đã kết thúc thì không thể gia hạn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="147"/>
        <source>Enter the field&apos;s name.</source>
        <translation>Hãy nhập tên lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="49"/>
        <source>A deadline must be at least one day.</source>
        <translation>Thời hạn phải ít nhất một ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="53"/>
        <source>Extensions cannot be negative.</source>
        <translation>Số lần hoặc số ngày gia hạn không thể âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="57"/>
        <source>Give the rule a short code.</source>
        <translation>Hãy đặt mã ngắn cho quy tắc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="66"/>
        <source>This rule no longer exists.</source>
        <translation>Quy tắc này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="69"/>
        <source>A rule with the code %1 exists already.</source>
        <translation>Đã có quy tắc mang mã %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="303"/>
        <source>Somebody else changed this case while you were editing it. Close it, open it again to see their changes, then make yours.</source>
        <translation>Người khác đã sửa vụ việc này trong lúc anh/chị đang chỉnh sửa. Hãy đóng lại, mở lại để xem thay đổi của họ, rồi sửa tiếp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="314"/>
        <source>A received case can only become accepted, transferred, guided, withdrawn or refused.</source>
        <translation>Vụ việc mới tiếp nhận chỉ có thể chuyển sang: thụ lý, chuyển đơn, hướng dẫn, rút đơn hoặc không thụ lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="318"/>
        <source>An accepted case can only become in progress, resolved or withdrawn.</source>
        <translation>Vụ việc đã thụ lý chỉ có thể chuyển sang: đang giải quyết, đã giải quyết hoặc rút đơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="321"/>
        <source>A case in progress can only become resolved or withdrawn.</source>
        <translation>Vụ việc đang giải quyết chỉ có thể chuyển sang: đã giải quyết hoặc rút đơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="324"/>
        <source>A resolved case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã giải quyết là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="328"/>
        <source>A transferred case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã chuyển đơn là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="332"/>
        <source>A guided case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã hướng dẫn là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="336"/>
        <source>A withdrawn case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã rút đơn là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="340"/>
        <source>A refused case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc không thụ lý là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="229"/>
        <source>The chosen field no longer exists.</source>
        <translation>Lĩnh vực đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="230"/>
        <source>The chosen commune no longer exists.</source>
        <translation>Xã, phường đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="231"/>
        <source>The chosen agency no longer exists.</source>
        <translation>Cơ quan đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="232"/>
        <source>The chosen conference no longer exists.</source>
        <translation>Hội nghị đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="240"/>
        <source>The received date %1 is in the future.</source>
        <translation>Ngày tiếp nhận %1 chưa đến.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="246"/>
        <source>The round must be 1 (first time) or 2 (second time).</source>
        <translation>Lần khiếu nại phải là 1 (lần đầu) hoặc 2 (lần hai).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="251"/>
        <source>Complexity must be normal, complex or particularly complex.</source>
        <translation>Mức độ phải là: bình thường, phức tạp hoặc đặc biệt phức tạp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="261"/>
        <location filename="../../dialogue_app/services/cases/register.py" line="266"/>
        <source>Add at least one citizen.</source>
        <translation>Hãy thêm ít nhất một công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="274"/>
        <source>Citizen %1: enter the full name.</source>
        <translation>Công dân thứ %1: hãy nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="282"/>
        <source>Citizen %1: the ID number “%2” must be exactly 12 digits.</source>
        <translation>Công dân thứ %1: số CCCD “%2” phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="291"/>
        <source>Citizen %1: the ID number %2 is listed twice.</source>
        <translation>Công dân thứ %1: số CCCD %2 bị ghi hai lần.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="300"/>
        <source>The group size (%1) is smaller than the number of citizens listed (%2).</source>
        <translation>Số người trong đoàn (%1) nhỏ hơn số công dân đã ghi (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="314"/>
        <source>A group of %1 people must choose %2 to %3 representatives (Decree 124/2020/NĐ-CP); %4 chosen.</source>
        <translation>Đoàn %1 người phải cử từ %2 đến %3 người đại diện (Nghị định 124/2020/NĐ-CP); hiện đã chọn %4.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="384"/>
        <source>The earlier case this one repeats no longer exists.</source>
        <translation>Vụ việc trước mà vụ việc này trùng lặp không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="389"/>
        <source>A denunciation can only repeat a denunciation, and another case only a case that is not one: the link would reveal who made the denunciation.</source>
        <translation>Đơn tố cáo chỉ được liên kết là trùng với đơn tố cáo, và đơn khác chỉ với đơn không phải tố cáo: liên kết như vậy sẽ làm lộ danh tính người tố cáo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="366"/>
        <source>Only an accepted denunciation calls for notifying the denunciator. Accept the denunciation first.</source>
        <translation>Chỉ tố cáo đã được thụ lý mới phải thông báo cho người tố cáo. Hãy thụ lý tố cáo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="375"/>
        <source>The denunciator was already notified on %1.</source>
        <translation>Người tố cáo đã được thông báo ngày %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="381"/>
        <source>The date %1 is before the denunciation was accepted (%2).</source>
        <translation>Ngày %1 trước ngày thụ lý tố cáo (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/report_pdf.py" line="104"/>
        <source>Choose a file name ending in .pdf.</source>
        <translation>Hãy chọn tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/citizens.py" line="60"/>
        <source>A citizen chosen was removed from the register meanwhile; choose them again.</source>
        <translation>Một công dân đã chọn vừa bị xóa khỏi danh sách công dân; hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/citizens.py" line="124"/>
        <source>The ID number “%1” of %2 must be exactly 12 digits.</source>
        <translation>Số CCCD “%1” của %2 phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="86"/>
        <source>Somebody else changed this record while you were working on it, so your changes were not saved. Open the record again to see the latest version, then redo your changes.</source>
        <translation>Người khác đã thay đổi bản ghi này trong lúc anh/chị đang làm việc với nó, nên các thay đổi của anh/chị chưa được lưu. Hãy mở lại bản ghi để xem phiên bản mới nhất, rồi thực hiện lại các thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="91"/>
        <source>This was not saved: the database already holds a record with the same number or ID number (somebody may have just saved it). Check the numbers, then try again.</source>
        <translation>Chưa lưu được: cơ sở dữ liệu đã có một bản ghi trùng số hoặc trùng số định danh (có thể người khác vừa lưu). Hãy kiểm tra lại các số, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="96"/>
        <source>This was not saved: it refers to a record somebody else has just deleted, or the record is still used by others. Refresh the list, then try again.</source>
        <translation>Chưa lưu được: dữ liệu này liên quan đến một bản ghi người khác vừa xóa, hoặc bản ghi vẫn đang được dữ liệu khác sử dụng. Hãy tải lại danh sách, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="101"/>
        <source>This was not saved: a required value is missing or a value is not allowed. Check the form, then try again.</source>
        <translation>Chưa lưu được: thiếu một thông tin bắt buộc hoặc có giá trị không được phép. Hãy kiểm tra lại biểu mẫu, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="106"/>
        <source>This was not saved: a value is longer than the database allows. Shorten the long texts (names, numbers, addresses), then try again.</source>
        <translation>Chưa lưu được: có một giá trị dài hơn mức cơ sở dữ liệu cho phép. Hãy rút gọn các nội dung dài (họ tên, số, địa chỉ), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="111"/>
        <source>This was not saved: a value is not of the kind the database expects. Check the form, then try again.</source>
        <translation>Chưa lưu được: có một giá trị không đúng kiểu cơ sở dữ liệu yêu cầu. Hãy kiểm tra lại biểu mẫu, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="116"/>
        <source>The database cannot be reached: the connection to the database server failed or was lost. Nothing was saved. Check the network and that the server is running, then try again; if it goes on, ask your IT staff.</source>
        <translation>Không truy cập được cơ sở dữ liệu: không kết nối được hoặc đã mất kết nối tới máy chủ cơ sở dữ liệu. Chưa có gì được lưu. Hãy kiểm tra mạng và máy chủ có đang hoạt động không, rồi thử lại; nếu vẫn không được, hãy liên hệ cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="122"/>
        <source>The database file cannot be opened any more (was it moved or deleted, or its drive or network folder removed?). Nothing was saved. Close Dialogue Desk and open it again; if the file is lost, restore a backup.</source>
        <translation>Không mở được tệp cơ sở dữ liệu nữa (tệp đã bị di chuyển hoặc xóa, hay ổ đĩa hoặc thư mục mạng chứa tệp đã bị ngắt?). Chưa có gì được lưu. Hãy đóng Dialogue Desk rồi mở lại; nếu tệp đã mất, hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="128"/>
        <source>The database is busy: somebody else is saving. Nothing was saved; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: người khác đang lưu dữ liệu. Chưa có gì được lưu; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="132"/>
        <source>The disk that holds the database is full. Nothing was saved. Free some space (or ask your IT staff to), then try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy. Chưa có gì được lưu. Hãy giải phóng bớt dung lượng (hoặc đề nghị cán bộ công nghệ thông tin làm việc này), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="137"/>
        <source>The database can only be read, not changed (a read-only file or server). Nothing was saved. Ask your IT staff for write access.</source>
        <translation>Cơ sở dữ liệu chỉ cho phép đọc, không cho phép thay đổi (tệp hoặc máy chủ chỉ đọc). Chưa có gì được lưu. Hãy đề nghị cán bộ công nghệ thông tin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="142"/>
        <source>The database file is damaged. Nothing was saved. Close Dialogue Desk and restore a backup (dialogue-app restore --latest).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Chưa có gì được lưu. Hãy đóng Dialogue Desk và khôi phục từ bản sao lưu (dialogue-app restore --latest).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="147"/>
        <source>The database could not do this. Nothing was saved. Try again; if it happens again, send the log file to your IT staff.</source>
        <translation>Cơ sở dữ liệu không thực hiện được thao tác này. Chưa có gì được lưu. Hãy thử lại; nếu lỗi lặp lại, hãy gửi tệp nhật ký cho cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="152"/>
        <source>The disk is full. Nothing was saved. Free some space, then try again.</source>
        <translation>Ổ đĩa đã đầy. Chưa có gì được lưu. Hãy giải phóng bớt dung lượng, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="155"/>
        <source>A file could not be read or written (%1). Nothing was saved. Check the drive or folder, then try again.</source>
        <translation>Không đọc hoặc ghi được một tệp (%1). Chưa có gì được lưu. Hãy kiểm tra ổ đĩa hoặc thư mục, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="160"/>
        <source>There is not enough memory for this. Close other programs, then try again.</source>
        <translation>Không đủ bộ nhớ để thực hiện thao tác này. Hãy đóng bớt các chương trình khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="164"/>
        <source>Dialogue Desk met a problem it did not expect. Your saved work is safe; what you were doing may not have been saved. Please try again.</source>
        <translation>Dialogue Desk gặp một lỗi không lường trước. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi có thể chưa được lưu. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="55"/>
        <source>The text “%1” contains an invisible control character (%2): delete it and type the text again.</source>
        <translation>Nội dung “%1” chứa một ký tự điều khiển không nhìn thấy được (%2): hãy xóa ký tự đó và gõ lại nội dung.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="61"/>
        <source>The case number is too long: at most %1 characters.</source>
        <translation>Số vụ việc quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="62"/>
        <source>The handler&apos;s name is too long: at most %1 characters.</source>
        <translation>Tên cán bộ xử lý quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="65"/>
        <source>The field&apos;s name is too long: at most %1 characters.</source>
        <translation>Tên lĩnh vực quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="68"/>
        <source>Citizen %1: the name is too long: at most %2 characters.</source>
        <translation>Công dân thứ %1: họ và tên quá dài: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="71"/>
        <source>Citizen %1: the address is too long: at most %2 characters.</source>
        <translation>Công dân thứ %1: địa chỉ quá dài: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/text_limits.py" line="74"/>
        <source>Citizen %1: the phone number is too long: at most %2 characters.</source>
        <translation>Công dân thứ %1: số điện thoại quá dài: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="24"/>
        <source>Your account is disabled or has no role. Ask an administrator.</source>
        <translation>Tài khoản của bạn đã bị khóa hoặc chưa có vai trò. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="27"/>
        <source>Your role (%1) may read and report but not change records. Ask an administrator for the clerk role.</source>
        <translation>Vai trò của bạn (%1) chỉ được xem và lập báo cáo, không được sửa hồ sơ. Hãy đề nghị quản trị viên giao vai trò chuyên viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="32"/>
        <source>Your role (%1) may not see who made a denunciation, nor its attachments and notes (Law on Denunciations 2018). Only a head may.</source>
        <translation>Vai trò của bạn (%1) không được xem người tố cáo, tệp đính kèm và ghi chú của đơn tố cáo (Luật Tố cáo 2018). Chỉ lãnh đạo được xem.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="37"/>
        <source>Your role (%1) may not change the settings. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được thay đổi cài đặt. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="40"/>
        <source>Your role (%1) may not change the deadline rules. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được thay đổi quy tắc thời hạn. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="43"/>
        <source>Your role (%1) may not manage staff accounts. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được quản lý tài khoản cán bộ. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="46"/>
        <source>Your role (%1) may not read the audit log. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được xem nhật ký kiểm tra. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="49"/>
        <source>Your role (%1) may not back up or restore the database.</source>
        <translation>Vai trò của bạn (%1) không được sao lưu hoặc khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="53"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="25"/>
        <source>This database is a file on this computer: its one user is your computer account. Staff accounts need the office&apos;s shared PostgreSQL database.</source>
        <translation>Cơ sở dữ liệu này là một tệp trên máy tính này: người dùng duy nhất là tài khoản máy tính của bạn. Tài khoản cán bộ cần cơ sở dữ liệu PostgreSQL dùng chung của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="67"/>
        <source>There is already an account or database role “%1”.</source>
        <translation>Đã có tài khoản hoặc vai trò cơ sở dữ liệu “%1”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="105"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>Bạn không thể tự khóa tài khoản của mình. Hãy nhờ một quản trị viên khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="153"/>
        <source>“%1” is the last active administrator or head: give another account that role first.</source>
        <translation>“%1” là quản trị viên hoặc lãnh đạo cuối cùng đang hoạt động: hãy giao vai trò đó cho một tài khoản khác trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="166"/>
        <source>“%1” cannot be a login name: use 2 to 63 lower-case letters without accents, digits or underscores, starting with a letter (not pg_ or dialogue_).</source>
        <translation>“%1” không dùng được làm tên đăng nhập: hãy dùng từ 2 đến 63 chữ thường không dấu, chữ số hoặc dấu gạch dưới, bắt đầu bằng một chữ cái (không bắt đầu bằng pg_ hoặc dialogue_).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="180"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/service.py" line="189"/>
        <source>There is no account “%1”.</source>
        <translation>Không có tài khoản “%1”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/sign_in.py" line="22"/>
        <source>The login name or the password is wrong. Check them and try again.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/sign_in.py" line="25"/>
        <source>The account “%1” is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản “%1” đã bị khóa. Hãy đề nghị quản trị viên mở khóa.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../dialogue_app/ui/common/periods.py" line="25"/>
        <source>Month %1/%2 (%3 – %4)</source>
        <translation>Tháng %1/%2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/periods.py" line="29"/>
        <source>Quarter %1/%2 (%3 – %4)</source>
        <translation>Quý %1/%2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/periods.py" line="32"/>
        <source>First 6 months of %2 (%3 – %4)</source>
        <translation>6 tháng đầu năm %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/periods.py" line="34"/>
        <source>First 9 months of %2 (%3 – %4)</source>
        <translation>9 tháng năm %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/periods.py" line="36"/>
        <source>12 months of %2 (%3 – %4)</source>
        <translation>Năm %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/periods.py" line="38"/>
        <source>From %3 to %4</source>
        <translation>Từ %3 đến %4</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="119"/>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="120"/>
        <source>Received</source>
        <translation>Tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="94"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="95"/>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="96"/>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="97"/>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="103"/>
        <source>Not recorded</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="124"/>
        <source>Cases by type</source>
        <translation>Đơn, vụ việc theo loại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="141"/>
        <source>Cases by field</source>
        <translation>Đơn, vụ việc theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="147"/>
        <source>Cases by unit</source>
        <translation>Đơn, vụ việc theo địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="170"/>
        <source>Settlement and overdue cases by agency</source>
        <translation>Giải quyết và quá hạn theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="176"/>
        <source>Settled on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="181"/>
        <source>Settled late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/charts.py" line="186"/>
        <source>Overdue, still open</source>
        <translation>Quá hạn, chưa giải quyết</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="152"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="153"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="154"/>
        <source>First 6 months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="155"/>
        <source>First 9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="156"/>
        <source>12 months</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="157"/>
        <source>Dates…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="180"/>
        <source>All units</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="184"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="185"/>
        <source>Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="186"/>
        <source>PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="187"/>
        <source>CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="189"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="192"/>
        <source>Unit:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="220"/>
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="221"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="222"/>
        <source>By unit</source>
        <translation>Theo địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="223"/>
        <source>Reception by leader</source>
        <translation>Tiếp công dân theo lãnh đạo chủ trì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="224"/>
        <source>Reception days</source>
        <translation>Lịch tiếp định kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="326"/>
        <source>The period ends before it starts. Choose a last day on or after the first day.</source>
        <translation>Ngày kết thúc kỳ báo cáo đang trước ngày bắt đầu. Hãy chọn ngày cuối bằng hoặc sau ngày đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="354"/>
        <source>Previous period: %1 (%2)</source>
        <translation>Kỳ trước: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="369"/>
        <source>No cases and no reception sessions in %1. Choose another period or unit; register cases on the Cases page and mark reception days as held to see figures here. You can still export this empty report.</source>
        <translation>%1: không có vụ việc và buổi tiếp công dân nào. Hãy chọn kỳ báo cáo hoặc địa bàn khác; thêm vụ việc tại trang Vụ việc và đánh dấu các ngày tiếp công dân đã tiếp để có số liệu tại đây. Vẫn có thể xuất báo cáo trống này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="393"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="483"/>
        <source>Citizens received</source>
        <translation>Lượt công dân được tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="379"/>
        <source>%1 — figures as of %2</source>
        <translation>%1 — số liệu tính đến ngày %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="395"/>
        <source>%Ln session(s) held.</source>
        <translation>
            <numerusform>Đã tổ chức %Ln buổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="397"/>
        <source>%Ln session(s) held. Previous period: %1 (%2)</source>
        <translation>
            <numerusform>Đã tổ chức %Ln buổi. Kỳ trước: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="403"/>
        <source>Cases received</source>
        <translation>Đơn, vụ việc tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="407"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="457"/>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="411"/>
        <source>To handle (carried over + received)</source>
        <translation>Tổng số phải xử lý (kỳ trước chuyển sang + tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="412"/>
        <source>%1 within competence, %2 outside</source>
        <translation>%1 thuộc thẩm quyền, %2 không thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="417"/>
        <source>Settled within competence</source>
        <translation>Đã giải quyết (thuộc thẩm quyền)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="418"/>
        <source>Previous period: %1</source>
        <translation>Kỳ trước: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="424"/>
        <source>Settled on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="425"/>
        <source>%1 late; %2 days on average</source>
        <translation>%1 quá hạn; bình quân %2 ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="430"/>
        <source>Overdue, still open</source>
        <translation>Quá hạn chưa giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="434"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="484"/>
        <source>Crowd delegations</source>
        <translation>Đoàn đông người</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="436"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln người</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="457"/>
        <source>Received</source>
        <translation>Tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="457"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="457"/>
        <source>Settled</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="458"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="458"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="458"/>
        <source>Closed otherwise</source>
        <translation>Chuyển, hướng dẫn, không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="458"/>
        <source>Open</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="459"/>
        <source>Overdue</source>
        <translation>Quá hạn chưa giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="459"/>
        <source>Settled (rate)</source>
        <translation>Tỷ lệ giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="461"/>
        <source>(not recorded)</source>
        <translation>(chưa xác định)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="463"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="464"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="465"/>
        <source>Unit</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="483"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="491"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="483"/>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="484"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="486"/>
        <source>(no chair recorded)</source>
        <translation>(chưa ghi lãnh đạo chủ trì)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="491"/>
        <source>Quota</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="491"/>
        <source>Required</source>
        <translation>Số ngày phải tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="491"/>
        <source>Held</source>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="492"/>
        <source>Delegated</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="492"/>
        <source>Missed</source>
        <translation>Không tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="492"/>
        <source>Planned</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="492"/>
        <source>Not marked</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="493"/>
        <source>Fulfilled</source>
        <translation>Tỷ lệ thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="553"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="554"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="555"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="559"/>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="564"/>
        <source>The report was saved to %1</source>
        <translation>Đã lưu báo cáo vào tệp %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="582"/>
        <source>Exporting the report</source>
        <translation>Đang xuất báo cáo</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="42"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="43"/>
        <source>Head (sees denunciators)</source>
        <translation>Lãnh đạo (được xem người tố cáo)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="44"/>
        <source>Clerk</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="45"/>
        <source>Viewer (read and report)</source>
        <translation>Người xem (xem và báo cáo)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="140"/>
        <source>Reception schedule</source>
        <translation>Lịch tiếp công dân định kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="140"/>
        <source>Edit reception schedule</source>
        <translation>Sửa lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="147"/>
        <source>(keep the leader&apos;s quota)</source>
        <translation>(giữ định mức hiện tại của lãnh đạo)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="151"/>
        <source>A day of each month</source>
        <translation>Một ngày cố định trong tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="152"/>
        <source>A weekday of each week</source>
        <translation>Một ngày cố định trong tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="161"/>
        <source>move to the next working day</source>
        <translation>chuyển sang ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="162"/>
        <source>move to the previous working day</source>
        <translation>chuyển về ngày làm việc liền trước</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="163"/>
        <source>skip that time</source>
        <translation>bỏ qua lần đó</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="167"/>
        <source>(no venue)</source>
        <translation>(chưa có địa điểm)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="171"/>
        <source>Shown in each reception session&apos;s notes</source>
        <translation>Ghi vào phần ghi chú của từng buổi tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="185"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="186"/>
        <source>Duty quota</source>
        <translation>Định mức tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="187"/>
        <source>Receives citizens on</source>
        <translation>Tiếp công dân vào</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="188"/>
        <source>Day of the month</source>
        <translation>Ngày trong tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="189"/>
        <source>Weekday</source>
        <translation>Thứ trong tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="190"/>
        <source>If that is not a working day</source>
        <translation>Nếu trùng ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="191"/>
        <source>From</source>
        <translation>Từ giờ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="192"/>
        <source>To</source>
        <translation>Đến giờ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="193"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="194"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="195"/>
        <source>Starting on</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="197"/>
        <source>Changes apply from</source>
        <translation>Thay đổi áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="198"/>
        <source>Plan the days until</source>
        <translation>Lập lịch đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="203"/>
        <source>Save and plan</source>
        <translation>Lưu và lập lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="203"/>
        <source>Save and plan again</source>
        <translation>Lưu và lập lại lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="205"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="239"/>
        <source>Reception days not yet marked from the day the changes apply are planned again; days already held, delegated or missed stay as they are.</source>
        <translation>Các ngày tiếp chưa ghi nhận kết quả, kể từ ngày thay đổi có hiệu lực, sẽ được lập lại theo lịch mới; các ngày đã tiếp, đã ủy quyền hoặc không tiếp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="244"/>
        <source>This schedule is stopped from %1: no reception day is planned from then on, whatever is changed here.</source>
        <translation>Lịch này đã ngừng áp dụng từ ngày %1: dù sửa nội dung gì ở đây, từ ngày đó sẽ không lập thêm ngày tiếp nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="266"/>
        <source>Register a leader first.</source>
        <translation>Hãy thêm lãnh đạo trước.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="84"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="85"/>
        <source>Receives citizens</source>
        <translation>Ngày tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="86"/>
        <source>Hours</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="87"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="88"/>
        <source>In force</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="89"/>
        <source>Days planned until</source>
        <translation>Đã lập lịch đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="94"/>
        <source>Stopped from %1</source>
        <translation>Ngừng áp dụng từ ngày %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="97"/>
        <source>From %1 to %2</source>
        <translation>Áp dụng từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="101"/>
        <source>Since %1</source>
        <translation>Đang áp dụng từ ngày %1</translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="367"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="477"/>
        <source>New reception schedule…</source>
        <translation>Thêm lịch tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="369"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="471"/>
        <source>Edit…</source>
        <translation>Sửa lịch…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="371"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="473"/>
        <source>Stop…</source>
        <translation>Ngừng áp dụng…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="373"/>
        <source>Stop the schedule from a day on; what was held stays recorded</source>
        <translation>Ngừng áp dụng lịch kể từ một ngày; các buổi đã tiếp vẫn được lưu lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="376"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="475"/>
        <source>Resume…</source>
        <translation>Áp dụng lại…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="377"/>
        <source>Apply a stopped schedule again</source>
        <translation>Áp dụng lại lịch đã ngừng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="436"/>
        <source>No reception schedule yet. Press “New reception schedule…” to give a leader standing reception days, e.g. the 15th of each month or every Thursday; the days are then planned in the calendar.</source>
        <translation>Chưa có lịch tiếp công dân nào. Nhấn “Thêm lịch tiếp công dân…” để đặt lịch tiếp công dân định kỳ cho lãnh đạo, ví dụ ngày 15 hằng tháng hoặc Thứ Năm hằng tuần; các ngày tiếp sẽ được đưa vào lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="444"/>
        <source>Select a schedule, then “Edit…” to change it or “Stop…” to end it from a day on (right-click works too). Reception days already held, delegated or missed are never changed.</source>
        <translation>Chọn một lịch rồi nhấn “Sửa lịch…” để thay đổi hoặc “Ngừng áp dụng…” để ngừng kể từ một ngày (có thể nhấp chuột phải). Các ngày đã tiếp, đã ủy quyền hoặc không tiếp không bao giờ bị thay đổi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="513"/>
        <source>Schedule saved; %Ln reception day(s) planned.</source>
        <translation>
            <numerusform>Đã lưu lịch; đã lập %Ln ngày tiếp công dân.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="547"/>
        <source>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet marked; the days already marked stay.</source>
        <translation>
            <numerusform>Lịch tiếp công dân của %1 ngừng áp dụng từ ngày %2. Đã hủy %Ln ngày tiếp chưa ghi nhận kết quả; các ngày đã ghi nhận được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="554"/>
        <source>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet marked; the days already marked stay. Left as they were, because their session was already postponed, cancelled or recorded: %3.</source>
        <translation>
            <numerusform>Lịch tiếp công dân của %1 ngừng áp dụng từ ngày %2. Đã hủy %Ln ngày tiếp chưa ghi nhận kết quả; các ngày đã ghi nhận được giữ nguyên. Giữ nguyên các ngày sau vì buổi tiếp đã được hoãn, hủy hoặc đã ghi nhận kết quả: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="632"/>
        <source>From the day chosen on, %1 no longer receives citizens under this schedule (%2). The day is today at the earliest. Reception days not yet marked from that day are cancelled, and the cancellations can then be sent from the conference list; days already held, delegated or missed stay as they are. The schedule can be resumed later.</source>
        <translation>Kể từ ngày được chọn, %1 không tiếp công dân theo lịch này nữa (%2). Ngày được chọn sớm nhất là hôm nay. Các ngày tiếp chưa ghi nhận kết quả kể từ ngày đó sẽ bị hủy, sau đó có thể gửi thông báo hủy từ danh sách hội nghị; các ngày đã tiếp, đã ủy quyền hoặc không tiếp được giữ nguyên. Có thể áp dụng lại lịch sau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="572"/>
        <source>The schedule of %1 applies again; %Ln reception day(s) planned until %2.</source>
        <translation>
            <numerusform>Lịch tiếp công dân của %1 được áp dụng lại; đã lập %Ln ngày tiếp đến ngày %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="586"/>
        <source>Select a reception schedule in the list first.</source>
        <translation>Hãy chọn một lịch tiếp công dân trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="592"/>
        <source>Schedule saved. Reception days planned: %1; kept with the new time or place: %2; cancelled: %3.</source>
        <translation>Đã lưu lịch. Đã lập thêm %1 ngày tiếp, cập nhật thời gian hoặc địa điểm cho %2 ngày, hủy %3 ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="597"/>
        <source>Schedule saved. Reception days planned: %1; kept with the new time or place: %2; cancelled: %3. Left as they were, because their session was already postponed, cancelled or recorded: %4.</source>
        <translation>Đã lưu lịch. Đã lập thêm %1 ngày tiếp, cập nhật thời gian hoặc địa điểm cho %2 ngày, hủy %3 ngày. Giữ nguyên các ngày sau vì buổi tiếp đã được hoãn, hủy hoặc đã ghi nhận kết quả: %4.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="615"/>
        <source>Their sessions are kept as cancelled, so the invited people can be told: send the cancellations from the conference list (open each cancelled session, then “Export cancellation…”).</source>
        <translation>Các buổi tiếp này được giữ lại ở trạng thái đã hủy để báo cho người được mời: hãy gửi thông báo hủy từ danh sách hội nghị (mở từng buổi tiếp đã hủy, rồi chọn “Xuất thông báo hủy…”).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="630"/>
        <source>Stop a reception schedule</source>
        <translation>Ngừng áp dụng lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="640"/>
        <source>Stop from</source>
        <translation>Ngừng áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="642"/>
        <source>Stop the schedule</source>
        <translation>Ngừng áp dụng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="650"/>
        <source>Resume a reception schedule</source>
        <translation>Áp dụng lại lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="652"/>
        <source>The schedule of %1 (%2) applies again from the day it was stopped, or from today if that day has passed. Until which day should its reception days be planned?</source>
        <translation>Lịch tiếp công dân của %1 (%2) được áp dụng lại từ ngày đã ngừng, hoặc từ hôm nay nếu ngày đó đã qua. Lập lịch các ngày tiếp đến ngày nào?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="658"/>
        <source>Plan the days until</source>
        <translation>Lập lịch đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="660"/>
        <source>Resume</source>
        <translation>Áp dụng lại</translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="91"/>
        <source>week</source>
        <translation>tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="93"/>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="42"/>
        <source>Dialogue conference</source>
        <translation>Hội nghị đối thoại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="43"/>
        <source>Periodic reception</source>
        <translation>Tiếp công dân định kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="44"/>
        <source>Ad hoc reception</source>
        <translation>Tiếp công dân đột xuất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="52"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="53"/>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="57"/>
        <source>Closed</source>
        <translation>Đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="58"/>
        <source>Postponed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="59"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="67"/>
        <source>Pending</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="69"/>
        <source>Held</source>
        <comment>status of a reception day</comment>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="72"/>
        <source>Delegated</source>
        <translation>Đã ủy quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="73"/>
        <source>Missed</source>
        <translation>Không tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="102"/>
        <source>Day %1 of each month; if it is not a working day, the next working day</source>
        <translation>Ngày %1 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="106"/>
        <source>Day %1 of each month; if it is not a working day, the working day before</source>
        <translation>Ngày %1 hằng tháng; nếu trùng ngày nghỉ thì chuyển lên ngày làm việc liền trước</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="110"/>
        <source>Day %1 of each month, unless it is not a working day</source>
        <translation>Ngày %1 hằng tháng, trừ khi trùng ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="117"/>
        <source>Every %1; if it is not a working day, the next working day</source>
        <translation>%1 hằng tuần; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="120"/>
        <source>Every %1; if it is not a working day, the working day before</source>
        <translation>%1 hằng tuần; nếu trùng ngày nghỉ thì chuyển lên ngày làm việc liền trước</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="123"/>
        <source>Every %1, unless it is not a working day</source>
        <translation>%1 hằng tuần, trừ khi trùng ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="186"/>
        <source>busy</source>
        <translation>bận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="195"/>
        <source>weekend</source>
        <translation>cuối tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="202"/>
        <source>%1 is too small: capacity %2, people invited %3.</source>
        <translation>%1 không đủ chỗ: sức chứa %2, số người được mời %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="280"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="281"/>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="282"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="283"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="284"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="285"/>
        <source>Chairs</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="198"/>
        <source>%1 is not a working day (%2).</source>
        <translation>%1 không phải ngày làm việc (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="180"/>
        <source>%1 already chairs “%2” at %3.</source>
        <translation>%1 đã có lịch chủ trì “%2” lúc %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="54"/>
        <source>Held</source>
        <comment>status of a conference</comment>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="183"/>
        <source>%1 is already booked for “%2” at %3.</source>
        <translation>%1 đã được đặt cho “%2” lúc %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/scheduling_common.py" line="187"/>
        <source>%1 has an appointment at that time (%2, %3).</source>
        <translation>%1 có lịch công tác vào thời gian này (%2, %3).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="61"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="138"/>
        <source>Office profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="64"/>
        <source>e.g. Office of the Provincial Party Committee</source>
        <translation>ví dụ: Văn phòng Tỉnh ủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="72"/>
        <source>calendar months</source>
        <translation>theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="76"/>
        <source> minutes before</source>
        <translation> phút trước</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="77"/>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="78"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="79"/>
        <source>Telephone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="80"/>
        <source>Invitations sent by (name)</source>
        <translation>Người gửi giấy mời (tên)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="81"/>
        <source>Invitations sent by (e-mail)</source>
        <translation>Người gửi giấy mời (e-mail)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="82"/>
        <source>Monthly reports count from day</source>
        <translation>Báo cáo tháng tính từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="83"/>
        <source>Calendar reminder</source>
        <translation>Nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="86"/>
        <source>Save office profile</source>
        <translation>Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="105"/>
        <source>Enter your office&apos;s name and the e-mail invitations are sent from.</source>
        <translation>Hãy nhập tên cơ quan và địa chỉ e-mail dùng để gửi giấy mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="132"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="153"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="163"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="175"/>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="178"/>
        <source>Leaders&apos; busy times</source>
        <translation>Lịch bận của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="182"/>
        <source>Import a leader&apos;s own calendar (an .ics file exported from Outlook, Google or Thunderbird) so that planning warns when they are busy.</source>
        <translation>Nhập lịch riêng của lãnh đạo (tệp .ics xuất từ Outlook, Google hoặc Thunderbird) để khi lập kế hoạch, phần mềm cảnh báo lúc lãnh đạo bận.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="187"/>
        <source>Import busy times…</source>
        <translation>Nhập lịch bận…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="193"/>
        <source>Deadline rules</source>
        <translation>Quy tắc thời hạn</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="49"/>
        <source>Sign in to Dialogue Desk</source>
        <translation>Đăng nhập Dialogue Desk</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="56"/>
        <source>The office&apos;s shared database %1. Sign in with your own account.</source>
        <translation>Cơ sở dữ liệu dùng chung của cơ quan %1. Hãy đăng nhập bằng tài khoản của chính bạn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="66"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Ghi nhớ mật khẩu trong kho khóa của máy tính này</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="70"/>
        <source>This computer has no keyring to keep it in.</source>
        <translation>Máy tính này không có kho khóa để lưu mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="77"/>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="78"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="83"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="84"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/sign_in.py" line="104"/>
        <source>Enter your login name and your password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="402"/>
        <source>Staff accounts</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="405"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="484"/>
        <source>Change status</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="490"/>
        <source>— choose the outcome —</source>
        <translation>— chọn kết quả giải quyết —</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="494"/>
        <source>e.g. Law on Complaints 2011, Art. 11(3)</source>
        <translation>ví dụ: khoản 3 Điều 11 Luật Khiếu nại 2011</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="497"/>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="498"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="499"/>
        <source>Outcome</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="500"/>
        <source>Legal ground for refusing</source>
        <translation>Căn cứ pháp lý không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="501"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="503"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="503"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="122"/>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="129"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="184"/>
        <source>Done.</source>
        <translation>Đã xong.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="196"/>
        <source>Finished.</source>
        <translation>Hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="196"/>
        <source>Not done.</source>
        <translation>Không hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="206"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="213"/>
        <source>Cancelling… nothing will be saved.</source>
        <translation>Đang hủy… sẽ không lưu dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="101"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>WorkingDaysEditor</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="158"/>
        <source>Office day off (compensatory)</source>
        <translation>Ngày nghỉ bù của cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="160"/>
        <source>Swapped working day (e.g. a Saturday)</source>
        <translation>Ngày làm bù (ví dụ: thứ Bảy)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="163"/>
        <source>Note, e.g. “làm bù cho thứ Hai 31/8”</source>
        <translation>Ghi chú, ví dụ: “làm bù cho thứ Hai 31/8”</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="164"/>
        <source>Set for this day</source>
        <translation>Áp dụng cho ngày này</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="166"/>
        <source>Remove the office&apos;s entry</source>
        <translation>Xóa thiết lập của cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="172"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="178"/>
        <source>★ public holiday · N office day off · L swapped working day · grey weekend</source>
        <translation>★ ngày lễ, Tết · N ngày nghỉ bù · L ngày làm bù · màu xám: cuối tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="219"/>
        <source>Select a day in the year view to change it.</source>
        <translation>Chọn một ngày trên lịch năm để thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="224"/>
        <source>%1: working day</source>
        <translation>%1: ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="227"/>
        <source>%1: not a working day (%2)</source>
        <translation>%1: ngày nghỉ (%2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="226"/>
        <source>weekend</source>
        <translation>cuối tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="234"/>
        <source>Select a day first.</source>
        <translation>Hãy chọn một ngày trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="244"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="257"/>
        <source>Removed.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
<context>
    <name>YearModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="121"/>
        <source>weekend</source>
        <translation>cuối tuần</translation>
    </message>
</context>
</TS>
