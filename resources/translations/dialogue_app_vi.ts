<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="19"/>
        <source>installed program</source>
        <translation>bản cài đặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="23"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="24"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="25"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="26"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="37"/>
        <source>Dialogue Desk</source>
        <translation>Dialogue Desk</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="38"/>
        <source>Dialogue conferences, citizen reception days and petitions.</source>
        <translation>Hội nghị đối thoại, tiếp công dân định kỳ và đơn thư.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="44"/>
        <source>About Dialogue Desk</source>
        <translation>Giới thiệu Dialogue Desk</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/about.py" line="53"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="89"/>
        <source>New staff account</source>
        <translation>Tài khoản cán bộ mới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="91"/>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="109"/>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="110"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="111"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="112"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="113"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="115"/>
        <source>At least %1 characters. Give it to the person in private; they can sign in at once.</source>
        <translation>Ít nhất %1 ký tự. Hãy trao riêng cho người đó; họ có thể đăng nhập ngay.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="127"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="128"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="143"/>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="43"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="43"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="43"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="43"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="53"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="53"/>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="176"/>
        <source>New account…</source>
        <translation>Tài khoản mới…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="181"/>
        <source>Give this role</source>
        <translation>Giao vai trò này</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="182"/>
        <source>New password…</source>
        <translation>Mật khẩu mới…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="183"/>
        <source>Disable</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="184"/>
        <source>Enable</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="211"/>
        <source>This database is a file on this computer: its one user is your computer account. Staff accounts need the office&apos;s shared PostgreSQL database.</source>
        <translation>Cơ sở dữ liệu này là một tệp trên máy tính này: người dùng duy nhất là tài khoản máy tính của bạn. Tài khoản cán bộ cần cơ sở dữ liệu PostgreSQL dùng chung của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="276"/>
        <source>Staff accounts</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
</context>
<context>
    <name>AddToRegisterDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="53"/>
        <source>Add an agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="54"/>
        <source>Add a venue</source>
        <translation>Thêm địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="55"/>
        <source>Add a leader</source>
        <translation>Thêm lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="56"/>
        <source>Add a field</source>
        <translation>Thêm lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="66"/>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="69"/>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="73"/>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="81"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="70"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="71"/>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="79"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="74"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="75"/>
        <source>Seats</source>
        <translation>Số chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="77"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="78"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="159"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="161"/>
        <source>Add an agency missing from the list</source>
        <translation>Thêm cơ quan chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="164"/>
        <source>Add a venue missing from the list</source>
        <translation>Thêm địa điểm chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="167"/>
        <source>Add a leader missing from the list</source>
        <translation>Thêm lãnh đạo chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/register_add.py" line="170"/>
        <source>Add a field missing from the list</source>
        <translation>Thêm lĩnh vực chưa có trong danh sách</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="35"/>
        <source>ATTENDANCE LIST</source>
        <translation>DANH SÁCH ĐIỂM DANH</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="37"/>
        <source>Venue: %1</source>
        <translation>Địa điểm: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="42"/>
        <source>Invited: %1 · Came: %2</source>
        <translation>Được mời: %1 · Có mặt: %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="49"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="50"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="51"/>
        <source>Taking part as</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="52"/>
        <source>Came</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="53"/>
        <source>Signature</source>
        <translation>Ký tên</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="43"/>
        <source>Chairing</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="44"/>
        <source>Agency answering</source>
        <translation>Cơ quan trả lời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="47"/>
        <source>Citizen invited</source>
        <translation>Công dân được mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="50"/>
        <source>Representative</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="53"/>
        <source>Attending</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="74"/>
        <source>Came</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="74"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="74"/>
        <source>Taking part as</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="74"/>
        <source>Details</source>
        <translation>Thông tin thêm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="90"/>
        <source>Attendance list (PDF)…</source>
        <translation>Danh sách điểm danh (PDF)…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="92"/>
        <source>Print attendance list…</source>
        <translation>In danh sách điểm danh…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="100"/>
        <source>Attendance: tick who came (saved at once)</source>
        <translation>Điểm danh: đánh dấu người có mặt (lưu ngay)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="135"/>
        <source>Nobody invited is saved yet.</source>
        <translation>Chưa lưu người được mời nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="138"/>
        <source>%1 of %2 invited came</source>
        <translation>%1/%2 người được mời có mặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="147"/>
        <source>A cancelled conference has no attendance.</source>
        <translation>Hội nghị đã hủy không có điểm danh.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="208"/>
        <source>Attendance list %1 %2.pdf</source>
        <translation>Danh sách điểm danh %1 %2.pdf</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="249"/>
        <source>Save the attendance list</source>
        <translation>Lưu danh sách điểm danh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="249"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/attendance_view.py" line="258"/>
        <source>Print the attendance list</source>
        <translation>In danh sách điểm danh</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="60"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="61"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="62"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="63"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="64"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="65"/>
        <source>Fields or detail</source>
        <translation>Trường thay đổi hoặc chi tiết</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="292"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="305"/>
        <source>Older entries</source>
        <translation>Mục cũ hơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="306"/>
        <source>Export to CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="315"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="321"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="322"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="323"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="349"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="390"/>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="392"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="402"/>
        <source>%1 entries exported.</source>
        <translation>Đã xuất %1 mục.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="391"/>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="405"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>BackupIndicator</name>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="22"/>
        <source>Backups: the folder cannot be used</source>
        <translation>Sao lưu: không dùng được thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="26"/>
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu nào</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="28"/>
        <source>No database dump registered</source>
        <translation>Chưa đăng ký bản kết xuất cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="34"/>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="34"/>
        <source>Last database dump: %1</source>
        <translation>Bản kết xuất cơ sở dữ liệu gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="36"/>
        <source>In %1</source>
        <translation>Tại %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/indicator.py" line="39"/>
        <source>Backup overdue: the last one is from %1</source>
        <translation>Quá hạn sao lưu: bản gần nhất từ %1</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="25"/>
        <source>Taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="26"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="27"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="28"/>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="29"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="30"/>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/model.py" line="59"/>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="55"/>
        <location filename="../../dialogue_app/ui/backups/section.py" line="285"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="66"/>
        <source>Save backup settings</source>
        <translation>Lưu thiết lập sao lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="100"/>
        <location filename="../../dialogue_app/ui/backups/section.py" line="190"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="107"/>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="110"/>
        <source>Best on another disk or a network share: a backup beside the database is lost with it when the disk fails. Empty: the “backups” folder beside the data.</source>
        <translation>Nên đặt trên một ổ đĩa khác hoặc thư mục chia sẻ trên mạng: bản sao lưu nằm cạnh cơ sở dữ liệu sẽ mất theo khi ổ đĩa hỏng. Để trống: thư mục “backups” cạnh dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="116"/>
        <source>At the first start of each day</source>
        <translation>Khi mở lần đầu trong ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="118"/>
        <source>When the window closes</source>
        <translation>Khi đóng cửa sổ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="121"/>
        <source>never</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="122"/>
        <source> hours</source>
        <translation> giờ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="123"/>
        <source>Back up (if anything changed)</source>
        <translation>Sao lưu (nếu có thay đổi)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="125"/>
        <source>Also every</source>
        <translation>Ngoài ra, cứ mỗi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="131"/>
        <source>daily</source>
        <translation>bản hằng ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="132"/>
        <source>weekly</source>
        <translation>bản hằng tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="133"/>
        <source>monthly</source>
        <translation>bản hằng tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="138"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="140"/>
        <location filename="../../dialogue_app/ui/backups/section.py" line="197"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="141"/>
        <source>Warn when the last backup is older than</source>
        <translation>Cảnh báo khi bản sao lưu gần nhất cũ hơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="159"/>
        <location filename="../../dialogue_app/ui/backups/section.py" line="304"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="161"/>
        <source>Restore the chosen backup…</source>
        <translation>Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="176"/>
        <source>The office database lives on the PostgreSQL server: Dialogue Desk does not copy it. Have IT schedule a nightly dump on the server (Windows Task Scheduler or cron), for example:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;keep the dumps on another disk, and register their folder below: everyone then sees the age of the newest dump, and a warning when it is too old. Restore with pg_restore.</source>
        <translation>Cơ sở dữ liệu của cơ quan nằm trên máy chủ PostgreSQL: Dialogue Desk không tự sao chép. Hãy nhờ bộ phận CNTT lập lịch kết xuất hằng đêm trên máy chủ (Task Scheduler của Windows hoặc cron), ví dụ:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;lưu các bản kết xuất trên một ổ đĩa khác và đăng ký thư mục của chúng dưới đây: mọi người sẽ thấy bản kết xuất mới nhất đã cũ bao lâu, và được cảnh báo khi quá cũ. Khôi phục bằng pg_restore.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="195"/>
        <source>Folder of the database dumps</source>
        <translation>Thư mục chứa các bản kết xuất cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="198"/>
        <source>Warn when the last dump is older than</source>
        <translation>Cảnh báo khi bản kết xuất gần nhất cũ hơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="202"/>
        <source>Export the whole record…</source>
        <translation>Xuất toàn bộ hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="205"/>
        <source>A zip file of every table as CSV, the stored files and a README of the columns: the office&apos;s data in open formats (it includes confidential data).</source>
        <translation>Một tệp zip gồm mọi bảng dưới dạng CSV, các tệp đã lưu và tệp README mô tả các cột: dữ liệu của cơ quan ở định dạng mở (có cả dữ liệu cần giữ bí mật).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="216"/>
        <source>Whole record</source>
        <translation>Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="218"/>
        <location filename="../../dialogue_app/ui/backups/section.py" line="237"/>
        <source>Export the whole record</source>
        <translation>Xuất toàn bộ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="229"/>
        <source>The whole record (%1 rows, %2 files) was written to %3.</source>
        <translation>Đã ghi toàn bộ hồ sơ (%1 dòng, %2 tệp) vào %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="237"/>
        <source>Writing the archive…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="243"/>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="280"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="297"/>
        <source>Backup written to %1 and checked.</source>
        <translation>Đã ghi bản sao lưu vào %1 và kiểm tra xong.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="304"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="315"/>
        <location filename="../../dialogue_app/ui/backups/section.py" line="326"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="315"/>
        <source>Choose a backup in the list first.</source>
        <translation>Hãy chọn một bản sao lưu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="335"/>
        <source>Replace the database by the backup of %1 (%2 cases, %3 conferences)?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1 (%2 vụ việc, %3 hội nghị)?

Cơ sở dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản sao lưu đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="347"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="358"/>
        <source>The backup was restored.</source>
        <translation>Đã khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/backups/section.py" line="375"/>
        <source>in %1</source>
        <translation>tại %1</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="206"/>
        <source>Follow-up board</source>
        <translation>Bảng theo dõi kết quả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="211"/>
        <source>No issue was recorded at this conference.</source>
        <translation>Hội nghị này chưa ghi nhận vụ việc nào.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="37"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="38"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="39"/>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="40"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="41"/>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="42"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="43"/>
        <source>Days left</source>
        <translation>Thời hạn còn lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="46"/>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="52"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="56"/>
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="58"/>
        <source>Due today</source>
        <translation>Hết hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="59"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Còn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesImportDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="354"/>
        <source>Import a leader&apos;s calendar</source>
        <translation>Nhập lịch công tác của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="359"/>
        <source>Busy times from the leader&apos;s own calendar make the conflict check warn when a conference is planned while they are busy. Export the calendar from Outlook, Google or Thunderbird as an .ics file. Importing the same file again replaces what it brought before.</source>
        <translation>Các khoảng thời gian bận trong lịch riêng của lãnh đạo giúp việc kiểm tra trùng lịch cảnh báo khi hội nghị được bố trí vào lúc lãnh đạo bận. Hãy xuất lịch từ Outlook, Google hoặc Thunderbird thành tệp .ics. Nhập lại cùng một tệp sẽ thay thế dữ liệu đã nhập từ tệp đó trước đây.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="376"/>
        <source>Choose an .ics file</source>
        <translation>Chọn tệp .ics</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="377"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="388"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="393"/>
        <source>Official:</source>
        <translation>Lãnh đạo:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="394"/>
        <source>Calendar file:</source>
        <translation>Tệp lịch:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="395"/>
        <source>Planning period:</source>
        <translation>Khoảng thời gian lập kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="403"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="406"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="424"/>
        <source>There are no officials yet. Add the leaders first.</source>
        <translation>Chưa có lãnh đạo nào. Hãy thêm lãnh đạo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="430"/>
        <source>Choose the calendar file</source>
        <translation>Chọn tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="431"/>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Tệp lịch (*.ics *.ical *.ifb);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="442"/>
        <source>Choose an official and a calendar file.</source>
        <translation>Hãy chọn lãnh đạo và tệp lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="447"/>
        <source>The end of the planning period is before its start.</source>
        <translation>Ngày kết thúc khoảng thời gian lập kế hoạch đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="459"/>
        <source>Nothing was imported. %1</source>
        <translation>Chưa nhập được dữ liệu nào. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="467"/>
        <source>%1: %Ln busy time(s) imported from %2 for %3 to %4.</source>
        <translation>
            <numerusform>%1: đã nhập %Ln khoảng thời gian bận từ %2, áp dụng từ %3 đến %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="478"/>
        <source>Replaced: %Ln busy time(s) from the earlier import of this file.</source>
        <translation>
            <numerusform>Đã thay thế %Ln khoảng thời gian bận của lần nhập tệp này trước đây.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="485"/>
        <source>Entries left out: %1 marked free, %2 cancelled.</source>
        <translation>Đã bỏ qua %1 mục đánh dấu rảnh và %2 mục đã hủy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="492"/>
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
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="141"/>
        <source>Schedule</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="164"/>
        <source>Deadlines of open cases</source>
        <translation>Hạn giải quyết các vụ việc chưa xong</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="172"/>
        <source>Exporting the schedule</source>
        <translation>Đang xuất lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="185"/>
        <source>Exporting the deadlines</source>
        <translation>Đang xuất hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="221"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="242"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 từ %2 đến %3</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="299"/>
        <source>The invitation e-mail was saved as %1. Open it in Outlook to send it.</source>
        <translation>Thư mời đã được lưu thành tệp %1. Hãy mở tệp bằng Outlook để gửi đi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="316"/>
        <source>Calendar file saved</source>
        <translation>Đã lưu tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="259"/>
        <source>Save calendar file</source>
        <translation>Lưu tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="304"/>
        <source>The invitation was saved as %1. Attach it to an e-mail to the invitees.</source>
        <translation>Giấy mời đã được lưu thành tệp %1. Hãy đính kèm tệp vào thư điện tử gửi người được mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="278"/>
        <source>Cannot create the calendar file</source>
        <translation>Không tạo được tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="173"/>
        <source>Saved %Ln calendar entry(ies) as %1. Open the file in a calendar program, or post it for the office.</source>
        <translation>Đã lưu %Ln mục lịch vào %1. Mở tệp bằng chương trình lịch, hoặc đăng lên cho cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="186"/>
        <source>Saved %Ln deadline(s) as %1. Open the file in a calendar program to see them as all-day entries.</source>
        <translation>Đã lưu %Ln hạn giải quyết vào %1. Mở tệp bằng chương trình lịch để xem chúng dưới dạng sự kiện cả ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="292"/>
        <source>Cannot save the calendar file</source>
        <translation>Không lưu được tệp lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="309"/>
        <source>The cancellation was saved as %1. Send it to everybody who was invited.</source>
        <translation>Thông báo hủy đã được lưu thành tệp %1. Hãy gửi tệp cho tất cả những người đã được mời.</translation>
    </message>
</context>
<context>
    <name>CalendarLinksDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="123"/>
        <source>Calendars and mail</source>
        <translation>Lịch và thư điện tử</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="137"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (cổng 587)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="138"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (cổng 465)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="139"/>
        <source>None (inside the office network)</source>
        <translation>Không mã hóa (trong mạng nội bộ cơ quan)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="143"/>
        <source>Mail server (SMTP), for sending invitations</source>
        <translation>Máy chủ thư (SMTP), để gửi giấy mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="145"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="146"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="147"/>
        <source>Security:</source>
        <translation>Bảo mật:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="148"/>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="168"/>
        <source>Account:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="149"/>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="169"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="157"/>
        <source>Publish to the calendar server…</source>
        <translation>Đăng lên máy chủ lịch…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="159"/>
        <source>The office schedule, one leader&apos;s calendar, or every leader&apos;s (save first)</source>
        <translation>Lịch công tác của cơ quan, lịch của một lãnh đạo hoặc của tất cả lãnh đạo (lưu cài đặt trước)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="165"/>
        <source>Calendar server (CalDAV: Zimbra, Nextcloud…)</source>
        <translation>Máy chủ lịch (CalDAV: Zimbra, Nextcloud…)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="167"/>
        <source>Calendar address:</source>
        <translation>Địa chỉ lịch:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="170"/>
        <source>Publish:</source>
        <translation>Đăng lịch:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="175"/>
        <source>e.g. on a shared drive or a web server&apos;s folder</source>
        <translation>ví dụ trên ổ dùng chung hoặc thư mục của máy chủ web</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="177"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="181"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="185"/>
        <source>Published schedule and waiting time</source>
        <translation>Lịch công khai và thời gian chờ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="187"/>
        <source>Schedule file (.ics, kept up to date):</source>
        <translation>Tệp lịch (.ics, luôn được cập nhật):</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="188"/>
        <source>Wait for a server at most:</source>
        <translation>Chờ máy chủ trả lời tối đa:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="192"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="209"/>
        <source>.ics address (Outlook, Google)</source>
        <translation>Địa chỉ .ics (Outlook, Google)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="211"/>
        <source>CalDAV calendar</source>
        <translation>Lịch CalDAV</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="215"/>
        <source>account (if any)</source>
        <translation>tài khoản (nếu có)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="218"/>
        <source>password (if any)</source>
        <translation>mật khẩu (nếu có)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="222"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="223"/>
        <source>Subscribe</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="225"/>
        <source>Refresh all now</source>
        <translation>Đọc lại tất cả ngay</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="227"/>
        <source>Remove selected</source>
        <translation>Bỏ mục đã chọn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="235"/>
        <source>read every</source>
        <translation>đọc lại mỗi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="249"/>
        <source>Leaders&apos; calendars read live (busy times)</source>
        <translation>Lịch của lãnh đạo đọc trực tiếp (thời gian bận)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="257"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="290"/>
        <source>(a password is kept)</source>
        <translation>(đã lưu mật khẩu)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="290"/>
        <source>(no password kept)</source>
        <translation>(chưa lưu mật khẩu)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="299"/>
        <source>Passwords are kept in this computer&apos;s password store, never in the database.</source>
        <translation>Mật khẩu được giữ trong kho mật khẩu của máy tính này, không bao giờ lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="306"/>
        <source>This computer has no password store, so no password can be kept safely: servers that need a password cannot be used from the window. The command line can take a password for one run (--password-env).</source>
        <translation>Máy tính này không có kho mật khẩu nên không thể giữ mật khẩu an toàn: không dùng được từ cửa sổ các máy chủ cần mật khẩu. Dòng lệnh có thể nhận mật khẩu cho từng lần chạy (--password-env).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="345"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="351"/>
        <source>Published schedule file</source>
        <translation>Tệp lịch công khai</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="352"/>
        <source>Published schedule</source>
        <translation>Lịch công bố</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="353"/>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="380"/>
        <source>There are no officials yet. Add the leaders first.</source>
        <translation>Chưa có cán bộ nào. Hãy thêm lãnh đạo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="433"/>
        <source>Refreshed.</source>
        <translation>Đã đọc lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="438"/>
        <source>Reading leaders&apos; calendars</source>
        <translation>Đang đọc lịch của lãnh đạo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="450"/>
        <source>%1: %Ln busy time(s) read.</source>
        <translation>
            <numerusform>%1: đã đọc %Ln khoảng thời gian bận.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="456"/>
        <source>%1: not read, the last good copy is kept. %2</source>
        <translation>%1: không đọc được, vẫn giữ bản đọc được gần nhất. %2</translation>
    </message>
</context>
<context>
    <name>CalendarNotice</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/notice.py" line="53"/>
        <source>The office&apos;s calendars need attention</source>
        <translation>Lịch của cơ quan cần được xem lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/notice.py" line="61"/>
        <source>Calendars and mail…</source>
        <translation>Lịch và thư điện tử…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/notice.py" line="63"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/notice.py" line="118"/>
        <source>%1&apos;s calendar could not be read: %2 The conflict checks use the copy read %3.</source>
        <translation>Không đọc được lịch của %1: %2 Việc kiểm tra trùng lịch đang dùng bản đọc lúc %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/notice.py" line="122"/>
        <source>%1&apos;s calendar could not be read: %2 Nothing has been read from it yet, so the conflict checks do not know when %1 is busy.</source>
        <translation>Không đọc được lịch của %1: %2 Chưa đọc được lần nào nên việc kiểm tra trùng lịch chưa biết khi nào %1 bận.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="371"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="372"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="373"/>
        <source>Agenda</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="385"/>
        <source>Previous (Alt+Left)</source>
        <translation>Kỳ trước (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="387"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="388"/>
        <source>Back to today (Ctrl+T)</source>
        <translation>Về hôm nay (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="392"/>
        <source>Next (Alt+Right)</source>
        <translation>Kỳ sau (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="401"/>
        <source>All leaders</source>
        <translation>Tất cả lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="403"/>
        <source>All units</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="405"/>
        <source>All kinds</source>
        <translation>Tất cả loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="416"/>
        <source>New conference…</source>
        <translation>Thêm mới hội nghị…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="423"/>
        <source>Export schedule (.ics)…</source>
        <translation>Xuất lịch (.ics)…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="425"/>
        <source>Save the period shown, with the filters chosen, as a calendar file to post</source>
        <translation>Lưu lịch của khoảng thời gian đang hiển thị, theo các bộ lọc đã chọn, thành tệp lịch để đăng tải</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="471"/>
        <source>Blue: dialogue conference · Green: periodic reception · Orange: ad hoc reception · Grey: postponed or cancelled · Pink: holiday or day off, named in the day</source>
        <translation>Xanh lam: hội nghị đối thoại · Xanh lá: tiếp công dân định kỳ · Cam: tiếp công dân đột xuất · Xám: đã hoãn hoặc đã hủy · Hồng: ngày lễ hoặc ngày nghỉ, có ghi tên trong ô ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="614"/>
        <source>Nothing planned in this period. Press “New conference…” or double-click a day to plan one; use ◀ ▶ to look at other periods.</source>
        <translation>Không có lịch nào trong khoảng thời gian này. Nhấn “Thêm mới hội nghị…” hoặc nhấp đúp vào một ngày để lập lịch; dùng ◀ ▶ để xem các khoảng thời gian khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="650"/>
        <source>%1 %2</source>
        <comment>a month and its year: December 2026</comment>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="677"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/calendar_page.py" line="682"/>
        <source>Follow-up board of %1</source>
        <translation>Bảng theo dõi kết quả: %1</translation>
    </message>
</context>
<context>
    <name>CalendarUpkeep</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/upkeep.py" line="138"/>
        <source>The published schedule file could not be written, so those who subscribe to it see an older schedule. %1</source>
        <translation>Không ghi được tệp lịch công khai nên những người theo dõi tệp này đang thấy lịch cũ. %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/upkeep.py" line="141"/>
        <source>Leaders&apos; calendars could not be read. %1</source>
        <translation>Không đọc được lịch của lãnh đạo. %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/upkeep.py" line="163"/>
        <source>%1&apos;s calendar could not be read; the last good copy is used. %2</source>
        <translation>Không đọc được lịch của %1; đang dùng bản đọc được gần nhất. %2</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="203"/>
        <source>Edit case</source>
        <translation>Cập nhật vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="203"/>
        <source>Register a case</source>
        <translation>Thêm mới vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="209"/>
        <source>Office case number, e.g. 15/ĐKN</source>
        <translation>Số vụ việc của cơ quan, ví dụ: 15/ĐKN</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="217"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="226"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="234"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="350"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="467"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="239"/>
        <source>What the citizens ask for, in a few lines</source>
        <translation>Tóm tắt nội dung công dân đề nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="241"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="533"/>
        <source>Within the office&apos;s competence</source>
        <translation>Thuộc thẩm quyền giải quyết của cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="244"/>
        <source>First time</source>
        <translation>Lần đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="245"/>
        <source>Second time</source>
        <translation>Lần hai</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="247"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="535"/>
        <source>Remote or disadvantaged area</source>
        <translation>Vùng sâu, vùng xa, đi lại khó khăn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="255"/>
        <source>as listed</source>
        <translation>theo danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="262"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="263"/>
        <source>ID number (12 digits)</source>
        <translation>Số CCCD (12 chữ số)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="264"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="265"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="266"/>
        <source>Representative</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="282"/>
        <source>Add a person not in the register</source>
        <translation>Thêm người chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="284"/>
        <source>Remove citizen</source>
        <translation>Xóa công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="291"/>
        <source>The denunciator&apos;s identity is confidential; the citizens are kept as they are.</source>
        <translation>Thông tin người tố cáo được giữ bí mật; danh sách công dân được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="303"/>
        <source>Citizens chosen from the register are shown in grey, as registered. Type a person who is not in the register in an empty row.</source>
        <translation>Công dân chọn từ danh sách công dân hiện màu xám, giữ nguyên thông tin đã đăng ký. Người chưa có trong danh sách: nhập vào một dòng trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="316"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="540"/>
        <source>Case number</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="317"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="526"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="318"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="529"/>
        <source>Received through</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="319"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="530"/>
        <source>Raised at</source>
        <translation>Nêu tại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="320"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="527"/>
        <source>Type</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="321"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="531"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="322"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="532"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="323"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="528"/>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="324"/>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="325"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="537"/>
        <source>Group size</source>
        <translation>Số người (đoàn đông người)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="327"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="534"/>
        <source>Round</source>
        <translation>Lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="329"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="536"/>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="331"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="538"/>
        <source>Agency to resolve it</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="332"/>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="539"/>
        <source>Handler</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="334"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="334"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="336"/>
        <source>The case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="411"/>
        <source>Chosen from the register: %1</source>
        <translation>Chọn từ danh sách công dân: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="588"/>
        <source>Not saved yet: your changes are still in the form.</source>
        <translation>Chưa lưu: thay đổi của bạn vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="616"/>
        <source>This citizen already has case %1 (received %2) in the same field. The new case is linked to it as a repeat petition.</source>
        <translation>Công dân này đã có vụ việc %1 (tiếp nhận ngày %2) cùng lĩnh vực. Vụ việc mới được liên kết với vụ việc đó là đơn trùng lặp.</translation>
    </message>
</context>
<context>
    <name>CaseFactsDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="69"/>
        <source>Statistics of case %1</source>
        <translation>Thống kê của vụ việc %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="73"/>
        <source>Derived</source>
        <translation>Tự xác định</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="78"/>
        <source>Regular reception (staff)</source>
        <translation>Tiếp thường xuyên (cán bộ tiếp dân)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="79"/>
        <source>The head in person</source>
        <translation>Thủ trưởng trực tiếp tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="80"/>
        <source>Delegated by the head</source>
        <translation>Thủ trưởng ủy quyền tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="86"/>
        <source>First time</source>
        <translation>Tiếp lần đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="87"/>
        <source>Repeat</source>
        <translation>Tiếp nhiều lần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="90"/>
        <source>Eligible for handling</source>
        <translation>Đủ điều kiện xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="94"/>
        <source>Not yet settled</source>
        <translation>Chưa được giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="95"/>
        <source>Settled once</source>
        <translation>Đã được giải quyết lần đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="96"/>
        <source>Settled several times</source>
        <translation>Đã được giải quyết nhiều lần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="103"/>
        <source>Guided</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="104"/>
        <source>Transferred</source>
        <translation>Chuyển đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="105"/>
        <source>Urged</source>
        <translation>Đôn đốc giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="109"/>
        <source>Written reply received on</source>
        <translation>Nhận văn bản phúc đáp ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="116"/>
        <source>Right</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="117"/>
        <source>Wrong</source>
        <translation>Sai</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="118"/>
        <source>Partly right</source>
        <translation>Đúng một phần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="119"/>
        <source>Second round: first decision upheld</source>
        <translation>Lần hai: công nhận quyết định lần đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="120"/>
        <source>Second round: first decision annulled or amended</source>
        <translation>Lần hai: hủy, sửa quyết định lần đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="137"/>
        <source>Transferred to the investigation agency</source>
        <translation>Chuyển cơ quan điều tra</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="141"/>
        <source>Received by</source>
        <translation>Hình thức tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="142"/>
        <source>Visit</source>
        <translation>Lượt tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="145"/>
        <source>Earlier settlement</source>
        <translation>Tình trạng giải quyết trước đó</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="146"/>
        <source>Outside competence</source>
        <translation>Không thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="149"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="151"/>
        <source>Money recovered to the State (million VND)</source>
        <translation>Tiền kiến nghị thu hồi về Nhà nước (triệu đồng)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="152"/>
        <source>Land recovered to the State (m²)</source>
        <translation>Đất kiến nghị thu hồi về Nhà nước (m²)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="153"/>
        <source>Money returned to organisations (million VND)</source>
        <translation>Tiền trả lại cho tổ chức (triệu đồng)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="154"/>
        <source>Land returned to organisations (m²)</source>
        <translation>Đất trả lại cho tổ chức (m²)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="155"/>
        <source>Money returned to individuals (million VND)</source>
        <translation>Tiền trả lại cho cá nhân (triệu đồng)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="156"/>
        <source>Land returned to individuals (m²)</source>
        <translation>Đất trả lại cho cá nhân (m²)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="160"/>
        <source>Organisations whose rights were restored</source>
        <translation>Số tổ chức được khôi phục quyền lợi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="161"/>
        <source>Individuals whose rights were restored</source>
        <translation>Số cá nhân được khôi phục quyền lợi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="162"/>
        <source>People recommended for sanction</source>
        <translation>Số người bị kiến nghị xử lý hành chính</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="163"/>
        <source>of whom officials</source>
        <translation>trong đó cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="168"/>
        <source>People transferred for investigation</source>
        <translation>Số người chuyển cơ quan điều tra</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="171"/>
        <source>of whom officials (investigation)</source>
        <translation>trong đó cán bộ, công chức (chuyển cơ quan điều tra)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="176"/>
        <source>Reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="177"/>
        <source>Handling</source>
        <translation>Xử lý đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_facts_dialog.py" line="178"/>
        <source>Settlement</source>
        <translation>Giải quyết</translation>
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
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="196"/>
        <source>Number</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="197"/>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="198"/>
        <source>Type</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="199"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="203"/>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="204"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="205"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="206"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="301"/>
        <source>Notify the denunciator that the denunciation was accepted: %1. Record it with Add follow-up.</source>
        <translation>Thông báo cho người tố cáo về việc thụ lý tố cáo: %1. Ghi nhận bằng nút Thêm diễn biến xử lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="200"/>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="201"/>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="202"/>
        <source>Notify denunciator by</source>
        <translation>Hạn thông báo thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="207"/>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="297"/>
        <source>The denunciator was notified on %1.</source>
        <translation>Đã thông báo cho người tố cáo ngày %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="331"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseUndoButton</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="35"/>
        <source>Not undone</source>
        <translation>Chưa hoàn tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="44"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="45"/>
        <source>Nothing to undo: no edit or status change of yours is last</source>
        <translation>Không có gì để hoàn tác: thay đổi cuối cùng không phải lần sửa hay chuyển trạng thái của bạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="48"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="50"/>
        <source>Takes back the last change of this case (%1, %2)</source>
        <translation>Hủy thay đổi cuối cùng của vụ việc này (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="59"/>
        <source>status %1 → %2</source>
        <translation>trạng thái %1 → %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_undo.py" line="63"/>
        <source>the edit</source>
        <translation>lần sửa</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="89"/>
        <source>Search names, ID numbers, case numbers and summaries</source>
        <translation>Tìm theo họ tên, số CCCD, số vụ việc, nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="92"/>
        <source>Search the register (Ctrl+F)</source>
        <translation>Tìm trong sổ vụ việc (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="100"/>
        <source>All cases</source>
        <translation>Tất cả vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="101"/>
        <source>Open cases</source>
        <translation>Chưa giải quyết xong</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="102"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="103"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="772"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="104"/>
        <source>Denunciators to notify</source>
        <translation>Tố cáo chưa thông báo thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="108"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="110"/>
        <source>due within </source>
        <translation>hạn trong </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="111"/>
        <source>How many days ahead “Due soon” looks</source>
        <translation>Số ngày tới mà bộ lọc “Sắp đến hạn” xét</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="112"/>
        <source>Due within (days)</source>
        <translation>Đến hạn trong (ngày)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="114"/>
        <source>Any status</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="118"/>
        <source>Any type</source>
        <translation>Tất cả loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="148"/>
        <source>Register a case…</source>
        <translation>Thêm mới vụ việc…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="149"/>
        <source>Register a new case (Ctrl+N)</source>
        <translation>Tiếp nhận vụ việc mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="151"/>
        <source>Import…</source>
        <translation>Nhập Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="153"/>
        <source>Export…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="155"/>
        <source>Deadlines (.ics)…</source>
        <translation>Hạn giải quyết (.ics)…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="158"/>
        <source>Save the deadlines of the open cases (of the agency chosen, if any) as all-day entries for Outlook, Google or Thunderbird</source>
        <translation>Lưu hạn giải quyết của các vụ việc đang mở (của cơ quan đã chọn, nếu có) thành sự kiện cả ngày cho Outlook, Google hoặc Thunderbird</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="204"/>
        <source>Edit…</source>
        <translation>Cập nhật…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="206"/>
        <source>Change status…</source>
        <translation>Chuyển trạng thái…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="208"/>
        <source>Add follow-up…</source>
        <translation>Thêm diễn biến xử lý…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="210"/>
        <source>Show the denunciator</source>
        <translation>Hiện thông tin người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="212"/>
        <source>Make a document…</source>
        <translation>Lập văn bản…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="214"/>
        <source>Statistics…</source>
        <translation>Thống kê…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="286"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="792"/>
        <source>Cases</source>
        <translation>Danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="287"/>
        <source>Late agencies</source>
        <translation>Cơ quan chậm giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="123"/>
        <source>Any field</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="124"/>
        <source>Any commune</source>
        <translation>Tất cả xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="125"/>
        <source>Any agency</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="128"/>
        <source>A district or a province lists the cases of its communes; a commune also those of the communes merged into it</source>
        <translation>Chọn huyện hoặc tỉnh: hiện các vụ việc của các xã thuộc đơn vị đó; chọn một xã: hiện cả các vụ việc của các xã đã sáp nhập vào xã đó</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="382"/>
        <source>Cannot show the cases</source>
        <translation>Không hiển thị được danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="408"/>
        <source>No cases yet. Register a case with “Register a case…”, or import a spreadsheet of cases with “Import…”.</source>
        <translation>Chưa có vụ việc nào. Hãy thêm vụ việc bằng nút “Thêm mới vụ việc…”, hoặc nhập bảng tính danh sách vụ việc bằng nút “Nhập Excel…”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="414"/>
        <source>No case matches. Check the spelling, or clear some filters.</source>
        <translation>Không có vụ việc nào phù hợp. Hãy kiểm tra lại chính tả hoặc bỏ bớt bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="482"/>
        <source>Cannot open the case</source>
        <translation>Không mở được vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="505"/>
        <source>Choose a case in the list to see it here.</source>
        <translation>Chọn một vụ việc trong danh sách để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="535"/>
        <source>notified on %1</source>
        <translation>đã thông báo ngày %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="537"/>
        <source>not yet recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="539"/>
        <source>not recorded</source>
        <translation>không có ghi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="540"/>
        <source>Notify the denunciator by</source>
        <translation>Hạn thông báo thụ lý cho người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="548"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="549"/>
        <source>Received through</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="550"/>
        <source>Raised at</source>
        <translation>Nêu tại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="551"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="552"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="553"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="554"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="771"/>
        <source>Handler</source>
        <translation>Cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="555"/>
        <source>Round</source>
        <translation>Lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="556"/>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="557"/>
        <source>Remote area</source>
        <translation>Vùng sâu, vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="557"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="559"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="809"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="557"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="559"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="809"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="558"/>
        <source>Within competence</source>
        <translation>Thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="560"/>
        <source>Accepted on</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="561"/>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="776"/>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="562"/>
        <source>Refusal ground</source>
        <translation>Căn cứ không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="586"/>
        <source>recorded %1</source>
        <translation>ghi nhận lúc %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="598"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="603"/>
        <source>Deadline extended by %n day(s)</source>
        <translation>
            <numerusform>Gia hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="629"/>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="633"/>
        <source>Save the attached file</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="657"/>
        <source>Repeat petition</source>
        <translation>Đơn trùng lặp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="723"/>
        <source>Confidential</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="736"/>
        <source>Import cases</source>
        <translation>Nhập danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="737"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="750"/>
        <source>Importing cases</source>
        <translation>Đang nhập danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="758"/>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="773"/>
        <source>Deadline basis</source>
        <translation>Căn cứ tính thời hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="774"/>
        <source>Denunciator notified on</source>
        <translation>Ngày thông báo thụ lý tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="775"/>
        <source>Outcome</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="796"/>
        <source>Export cases</source>
        <translation>Xuất danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="798"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="825"/>
        <source>%Ln case(s) exported to %1</source>
        <translation>
            <numerusform>Đã xuất %Ln vụ việc ra tệp %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="827"/>
        <source>Exporting cases</source>
        <translation>Đang xuất danh sách vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="514"/>
        <source>Summary</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="390"/>
        <source>More than %Ln case(s) found</source>
        <translation>
            <numerusform>Tìm thấy hơn %Ln vụ việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="392"/>
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>Tìm thấy %Ln vụ việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="397"/>
        <source>More than %Ln case(s); narrow the search to see how many.</source>
        <translation>
            <numerusform>Hơn %Ln vụ việc; hãy thu hẹp điều kiện tìm kiếm để xem số lượng cụ thể.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="401"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="515"/>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="517"/>
        <source>Timeline</source>
        <translation>Diễn biến xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="512"/>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="513"/>
        <source>Repeat of case</source>
        <translation>Trùng với vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="516"/>
        <source>representative</source>
        <translation>người đại diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="511"/>
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
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="206"/>
        <source>Not in the register? The name typed above, with:</source>
        <translation>Chưa có trong danh sách? Dùng họ tên đã gõ ở trên, kèm theo:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="208"/>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="210"/>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="217"/>
        <source>A person typed in with the ID number of someone registered is that person; without an ID number a new person is registered, so choose from the register whoever is already in it.</source>
        <translation>Người được nhập có số CCCD trùng với một người đã có trong danh sách thì được hiểu là người đó; nếu không có số CCCD thì một người mới sẽ được thêm vào danh sách, vì vậy hãy chọn từ danh sách những người đã có.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="235"/>
        <source>Chosen:</source>
        <translation>Đã chọn:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="272"/>
        <source>%1 citizens found; double-click one to add them.</source>
        <translation>Tìm thấy %1 công dân; nhấp đúp vào một người để thêm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="277"/>
        <source>Nobody in the register matches.</source>
        <translation>Không có ai trong danh sách công dân khớp với nội dung tìm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="301"/>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="307"/>
        <source>This citizen is already in the list.</source>
        <translation>Công dân này đã có trong danh sách đã chọn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="317"/>
        <source>Type the person&apos;s full name in the search box.</source>
        <translation>Hãy gõ họ và tên của người đó vào ô tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/citizen_picker.py" line="321"/>
        <source>The ID number must be exactly 12 digits.</source>
        <translation>Số CCCD phải gồm đúng 12 chữ số.</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="55"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="56"/>
        <source>Quota</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="57"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="58"/>
        <source>Required</source>
        <translation>Số ngày phải tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="59"/>
        <source>Held or delegated</source>
        <translation>Đã tiếp hoặc ủy quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="60"/>
        <source>Missed</source>
        <translation>Không tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="61"/>
        <source>Planned or not marked</source>
        <translation>Đã lên lịch hoặc chưa đánh dấu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="62"/>
        <source>Standing</source>
        <translation>Tình hình thực hiện</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="79"/>
        <source>Behind by %Ln day(s)</source>
        <translation>
            <numerusform>Còn thiếu %Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="81"/>
        <source>On track</source>
        <translation>Đảm bảo</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="196"/>
        <source>New conference</source>
        <translation>Thêm mới hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="210"/>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="211"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="709"/>
        <source>People</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="215"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1009"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="216"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="710"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="218"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="232"/>
        <source>Find a free time…</source>
        <translation>Tìm thời gian trống…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="234"/>
        <source>Postpone…</source>
        <translation>Hoãn…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="236"/>
        <source>Cancel conference…</source>
        <translation>Hủy hội nghị…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="238"/>
        <source>Mark as scheduled</source>
        <translation>Đánh dấu đã lên lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="240"/>
        <source>Record outcome…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="242"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1027"/>
        <source>Close conference</source>
        <translation>Hoàn tất hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="244"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="246"/>
        <source>A head reopens a held or closed conference, giving a reason</source>
        <translation>Lãnh đạo mở lại hội nghị đã diễn ra hoặc đã hoàn tất, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="249"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="263"/>
        <source>Make a document…</source>
        <translation>Lập văn bản…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="266"/>
        <source>The invitation letter, the minutes or the conclusion notice, to issue and print</source>
        <translation>Giấy mời, biên bản hoặc thông báo kết luận, để ban hành và in</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="291"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="292"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="318"/>
        <source>e.g. Dialogue with households affected by the bypass road</source>
        <translation>ví dụ: Đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường tránh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="322"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="326"/>
        <source>(no venue: online or to be decided)</source>
        <translation>(chưa có địa điểm: trực tuyến hoặc sẽ bố trí sau)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="330"/>
        <source>%1 (%Ln seat(s))</source>
        <translation>
            <numerusform>%1 (%Ln chỗ ngồi)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="343"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="700"/>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="344"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="701"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="345"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="704"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="346"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="705"/>
        <source>Unit</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="348"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="706"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="349"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="350"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="351"/>
        <source>Online link</source>
        <translation>Đường dẫn họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="352"/>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="708"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="358"/>
        <source>Chairing leaders</source>
        <translation>Lãnh đạo chủ trì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="372"/>
        <source>Agencies that must answer</source>
        <translation>Cơ quan có trách nhiệm trả lời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="382"/>
        <source>Invited citizens or representatives</source>
        <translation>Công dân hoặc người đại diện được mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="394"/>
        <source>No leaders are registered yet. Load the demo data or add leaders first.</source>
        <translation>Chưa có lãnh đạo nào. Hãy nạp dữ liệu mẫu hoặc thêm lãnh đạo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="405"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="405"/>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="405"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="408"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="410"/>
        <source>Remove item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="463"/>
        <source>Conference: %1</source>
        <translation>Hội nghị: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="606"/>
        <source>Agenda: %1 min, %Ln min longer than the conference</source>
        <translation>
            <numerusform>Chương trình: %1 phút, dài hơn thời gian hội nghị %Ln phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="609"/>
        <source>Agenda: %1 min</source>
        <translation>Chương trình: %1 phút</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="637"/>
        <source>The agenda runs %Ln minute(s) longer than the conference.</source>
        <translation>
            <numerusform>Chương trình dài hơn thời gian hội nghị %Ln phút.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="621"/>
        <source>The end is before the start.</source>
        <translation>Thời gian kết thúc đang trước thời gian bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="183"/>
        <source>The conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="253"/>
        <source>Send invitations…</source>
        <translation>Gửi giấy mời…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="255"/>
        <source>By e-mail, or saved as an .eml or .ics file; with what was sent so far</source>
        <translation>Gửi qua thư điện tử, hoặc lưu thành tệp .eml hay .ics; kèm danh sách những gì đã gửi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="258"/>
        <source>Send cancellation…</source>
        <translation>Gửi thông báo hủy…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="260"/>
        <source>A message that removes this conference from the invitees&apos; calendars</source>
        <translation>Thông báo xóa hội nghị này khỏi lịch của những người được mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="624"/>
        <source>The conference has no length: the end equals the start.</source>
        <translation>Hội nghị chưa có thời lượng: thời gian kết thúc trùng thời gian bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="642"/>
        <source>No conflicts.</source>
        <translation>Không trùng lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="681"/>
        <source>Not saved: a reason is needed to save over the warnings.</source>
        <translation>Chưa lưu: cần nêu lý do để lưu khi còn cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="702"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="703"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="707"/>
        <source>Online meeting link</source>
        <translation>Đường dẫn họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="747"/>
        <source>Their version is kept; yours was dropped.</source>
        <translation>Đã giữ bản của người kia; thay đổi của bạn đã được bỏ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="750"/>
        <source>Not saved yet: your changes are still in the form.</source>
        <translation>Chưa lưu: thay đổi của bạn vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="845"/>
        <source>New conference (not saved yet)</source>
        <translation>Hội nghị mới (chưa lưu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="849"/>
        <source>Status: %1 — %2 · %Ln issue(s) registered as cases</source>
        <translation>
            <numerusform>Trạng thái: %1 — %2 · %Ln nội dung đã được ghi nhận thành vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="851"/>
        <source>Status: %1 — %2</source>
        <translation>Trạng thái: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="853"/>
        <source>Status: %1 · %Ln issue(s) registered as cases</source>
        <translation>
            <numerusform>Trạng thái: %1 · %Ln nội dung đã được ghi nhận thành vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="855"/>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="919"/>
        <source>Postpone the conference</source>
        <translation>Hoãn hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="920"/>
        <source>Why is it postponed? The invited people will be told.</source>
        <translation>Lý do hoãn? Những người được mời sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="929"/>
        <source>Cancel the conference</source>
        <translation>Hủy hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="930"/>
        <source>Why is it cancelled? The invited people will be told.</source>
        <translation>Lý do hủy? Những người được mời sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="966"/>
        <source>Reopen the conference</source>
        <translation>Mở lại hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="967"/>
        <source>Why is it reopened? The reason is recorded in the conference&apos;s timeline.</source>
        <translation>Vì sao mở lại? Lý do được ghi vào diễn biến của hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="985"/>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="987"/>
        <source>Takes back the last change of this conference: %1</source>
        <translation>Hủy thay đổi cuối cùng của hội nghị này: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1012"/>
        <source>Attendance (%1/%2)</source>
        <translation>Điểm danh (%1/%2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1022"/>
        <source>Close the conference</source>
        <translation>Hoàn tất hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1024"/>
        <source>Close this conference? Its outcome and issues can then no longer be edited; only a head can reopen it, giving a reason.</source>
        <translation>Hoàn tất hội nghị này? Sau đó không thể sửa kết quả và các vấn đề đã ghi nhận; chỉ lãnh đạo mới có thể mở lại, kèm lý do.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1077"/>
        <source>Save despite the warnings?</source>
        <translation>Vẫn lưu dù còn cảnh báo?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="1078"/>
        <source>Why should it be saved anyway? The reason is recorded.</source>
        <translation>Vì sao vẫn lưu? Lý do sẽ được ghi lại.</translation>
    </message>
</context>
<context>
    <name>ConferenceResults</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="45"/>
        <source>Citizens attending</source>
        <translation>Số công dân tham dự</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="46"/>
        <source>Organisations present</source>
        <translation>Cơ quan, tổ chức có mặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="47"/>
        <source>Summary of the minutes</source>
        <translation>Tóm tắt biên bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="51"/>
        <source>Issues raised, registered as cases</source>
        <translation>Các vấn đề công dân nêu, đã vào sổ thành vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="53"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="69"/>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="71"/>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="73"/>
        <source>Outcome recorded</source>
        <translation>Đã ghi kết quả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="75"/>
        <source>Reopened: %1 → %2</source>
        <translation>Mở lại: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="77"/>
        <source>Last change undone: %1 → %2</source>
        <translation>Đã hoàn tác thay đổi cuối: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="79"/>
        <source>Status: %1 → %2</source>
        <translation>Trạng thái: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="88"/>
        <source>The conference is closed; its record is final.</source>
        <translation>Hội nghị đã hoàn tất; hồ sơ đã chốt.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="91"/>
        <source>The conference was held; its outcome can still be completed.</source>
        <translation>Hội nghị đã diễn ra; vẫn có thể bổ sung kết quả.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_results.py" line="94"/>
        <source>Nothing is recorded until the conference is held.</source>
        <translation>Chưa có kết quả nào cho đến khi hội nghị diễn ra.</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="71"/>
        <source>Search titles…</source>
        <translation>Tìm theo tiêu đề…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="73"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>Tìm theo tên hội nghị (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="75"/>
        <source>All kinds</source>
        <translation>Tất cả loại hình</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="79"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="82"/>
        <source>New conference…</source>
        <translation>Thêm mới hội nghị…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="83"/>
        <source>Plan a new conference (Ctrl+N)</source>
        <translation>Lập kế hoạch hội nghị mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="89"/>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="232"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="91"/>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="233"/>
        <source>Follow-up board…</source>
        <translation>Bảng theo dõi kết quả…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="93"/>
        <source>What became of the issues raised at the selected held conference</source>
        <translation>Kết quả giải quyết các vụ việc nêu tại hội nghị đã chọn (đã tổ chức)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="144"/>
        <source>All conferences</source>
        <translation>Tất cả hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="146"/>
        <source>Reception duties</source>
        <translation>Theo dõi tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="147"/>
        <source>Reception schedules</source>
        <translation>Lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="150"/>
        <source>Follow-up board</source>
        <translation>Bảng theo dõi kết quả</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="180"/>
        <source>%Ln conference(s)</source>
        <translation>
            <numerusform>%Ln hội nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="195"/>
        <source>Not yet closed (%Ln)</source>
        <translation>
            <numerusform>Chưa hoàn tất (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="185"/>
        <source>No conference matches. Clear the search or the filters.</source>
        <translation>Không có hội nghị nào phù hợp. Hãy xóa từ khóa tìm kiếm hoặc bỏ bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="188"/>
        <source>No conferences yet. Press “New conference…” to plan the first one, or load the demo data from Settings.</source>
        <translation>Chưa có hội nghị nào. Nhấn “Thêm mới hội nghị…” để lập kế hoạch hội nghị đầu tiên, hoặc nạp dữ liệu mẫu trong mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="198"/>
        <source>These conferences have ended but were never closed. Open each one, record its outcome and the issues raised, then close it — or cancel it if it did not take place.</source>
        <translation>Các hội nghị này đã diễn ra nhưng chưa được hoàn tất. Hãy mở từng hội nghị, ghi kết quả và các nội dung được nêu, rồi hoàn tất hội nghị — hoặc hủy nếu hội nghị không diễn ra.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="203"/>
        <source>Every past conference is closed. Nothing to do here.</source>
        <translation>Tất cả hội nghị đã qua đều đã hoàn tất. Không còn việc cần xử lý.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="85"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="86"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="110"/>
        <source>Somebody else saved this meanwhile</source>
        <translation>Người khác đã lưu bản ghi này trong lúc bạn sửa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="120"/>
        <source>Somebody else saved this record while you were editing it. Nothing of yours is saved yet. Compare the two versions and choose what to keep; where you both changed a field, tick “Use mine” to keep yours when merging.</source>
        <translation>Người khác đã lưu bản ghi này trong lúc bạn đang sửa. Thay đổi của bạn chưa được lưu. Hãy so sánh hai bản và chọn giữ bản nào; ở trường mà cả hai cùng sửa, đánh dấu “Dùng của tôi” để giữ nội dung của bạn khi gộp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="130"/>
        <source>Form entry</source>
        <translation>Mục trong biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="131"/>
        <source>Before</source>
        <translation>Trước đó</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="132"/>
        <source>Saved by the other person</source>
        <translation>Người kia đã lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="133"/>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="134"/>
        <source>Use mine</source>
        <translation>Dùng của tôi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="146"/>
        <source>Somebody else saved this record while you were editing it, but none of the fields you see differ: merging keeps both.</source>
        <translation>Người khác đã lưu bản ghi này trong lúc bạn đang sửa, nhưng các trường bạn thấy đều không khác nhau: gộp sẽ giữ được cả hai.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="151"/>
        <source>Keep theirs</source>
        <translation>Giữ bản của người kia</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="152"/>
        <source>Drop your changes; their version stays.</source>
        <translation>Bỏ thay đổi của bạn; giữ nguyên bản của người kia.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="153"/>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="154"/>
        <source>Save your version over theirs.</source>
        <translation>Lưu bản của bạn thay cho bản của người kia.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="155"/>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="157"/>
        <source>Take every field from whoever changed it; where both did, as ticked.</source>
        <translation>Lấy mỗi trường từ người đã sửa nó; trường cả hai cùng sửa thì theo ô đã đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="160"/>
        <source>Back to the form</source>
        <translation>Quay lại biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="161"/>
        <source>Save nothing now; your typing stays in the form.</source>
        <translation>Chưa lưu gì; nội dung bạn đã nhập vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="188"/>
        <source>%1 (both changed it)</source>
        <translation>%1 (cả hai cùng sửa)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="206"/>
        <source>mine</source>
        <translation>của tôi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/conflict_dialog.py" line="206"/>
        <source>theirs</source>
        <translation>của người kia</translation>
    </message>
</context>
<context>
    <name>DatabaseOpen</name>
    <message>
        <location filename="../../dialogue_app/app.py" line="275"/>
        <location filename="../../dialogue_app/ui/database_open.py" line="137"/>
        <source>Updating the database for this version of Dialogue Desk…
This is done once; please wait. Nothing is lost if it fails: the old database is kept.</source>
        <translation>Đang cập nhật cơ sở dữ liệu cho phiên bản Dialogue Desk này…
Việc này chỉ làm một lần, xin vui lòng chờ. Nếu có lỗi, dữ liệu cũ vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/database_open.py" line="147"/>
        <source>Dialogue Desk</source>
        <translation>Dialogue Desk</translation>
    </message>
</context>
<context>
    <name>DatePrompt</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="410"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesEditor</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="214"/>
        <source>There are no deadline rules, so no deadline is computed for any case. Click “Restore the statutory defaults” to add the rules the law sets.</source>
        <translation>Chưa có quy tắc thời hạn nào nên không vụ việc nào được tính thời hạn. Bấm “Khôi phục mặc định theo luật” để thêm các quy tắc do pháp luật quy định.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="249"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="251"/>
        <source>e.g. Law on Complaints 02/2011/QH13, Art. 28</source>
        <translation>ví dụ: Luật Khiếu nại số 02/2011/QH13, Điều 28</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="252"/>
        <source>Save rule</source>
        <translation>Lưu quy tắc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="254"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="434"/>
        <source>Restore the statutory defaults</source>
        <translation>Khôi phục mặc định theo luật</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="262"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="391"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="263"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="392"/>
        <source>Counted in</source>
        <translation>Cách tính ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="264"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="393"/>
        <source>Extensions allowed</source>
        <translation>Số lần gia hạn tối đa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="265"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="394"/>
        <source>Days per extension</source>
        <translation>Số ngày mỗi lần gia hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="266"/>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="395"/>
        <source>Legal source</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="274"/>
        <source>Saving a rule recomputes the deadlines of the open cases.</source>
        <translation>Khi lưu một quy tắc, thời hạn của các vụ việc đang giải quyết được tính lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="330"/>
        <source>Select a rule in the table to change it.</source>
        <translation>Chọn một quy tắc trong bảng để sửa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="332"/>
        <source>Rule: %1</source>
        <translation>Quy tắc: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="362"/>
        <source>Select a rule first.</source>
        <translation>Hãy chọn một quy tắc trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="387"/>
        <source>This rule no longer exists.</source>
        <translation>Quy tắc này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="407"/>
        <source>Their version is kept; yours was dropped.</source>
        <translation>Đã giữ bản của người kia; thay đổi của bạn đã được bỏ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="412"/>
        <source>Not saved yet: your changes are still in the form.</source>
        <translation>Chưa lưu: thay đổi của bạn vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="417"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="436"/>
        <source>Every rule the law sets gets back its statutory days, day basis, extensions and legal source, and rules that were removed are added back. Rules the office added itself are kept. The deadlines of open cases are recomputed.

Restore the statutory defaults?</source>
        <translation>Mọi quy tắc do pháp luật quy định sẽ trở lại số ngày, cách tính ngày, số lần gia hạn và căn cứ pháp lý theo luật; các quy tắc đã bị xóa được thêm lại. Các quy tắc do cơ quan tự thêm được giữ nguyên. Thời hạn của các vụ việc đang giải quyết sẽ được tính lại.

Khôi phục mặc định theo luật?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="475"/>
        <source>Every rule already has its statutory value.</source>
        <translation>Mọi quy tắc đã đúng giá trị theo luật.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="478"/>
        <source>Statutory defaults restored. Rules reset: %1; rules added: %2.</source>
        <translation>Đã khôi phục mặc định theo luật: đặt lại %1 quy tắc, thêm %2 quy tắc.</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesModel</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="75"/>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="99"/>
        <source>Handle (classify, route)</source>
        <translation>Xử lý đơn (phân loại, chuyển)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="100"/>
        <source>Accept or refuse</source>
        <translation>Thụ lý hoặc không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="101"/>
        <source>Settle</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="102"/>
        <source>Notify the denunciator</source>
        <translation>Thông báo cho người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="107"/>
        <source>Calendar days</source>
        <translation>Ngày theo lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="108"/>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="113"/>
        <source>Receipt</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="114"/>
        <source>Acceptance</source>
        <translation>Ngày thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="121"/>
        <source>Any petition</source>
        <translation>Mọi loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="126"/>
        <source>round %1</source>
        <translation>lần %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="128"/>
        <source>remote area</source>
        <translation>vùng sâu vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="134"/>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="146"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="146"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="76"/>
        <source>Stage</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="77"/>
        <source>Case type</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="78"/>
        <source>Round</source>
        <translation>Lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="79"/>
        <source>Remote area</source>
        <translation>Vùng sâu, vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="80"/>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="81"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="82"/>
        <source>Counted in</source>
        <translation>Cách tính ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="83"/>
        <source>Counted from</source>
        <translation>Tính từ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="84"/>
        <source>Extensions allowed</source>
        <translation>Số lần gia hạn tối đa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="85"/>
        <source>Days per extension</source>
        <translation>Số ngày mỗi lần gia hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/deadline_rules_editor.py" line="86"/>
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
    <name>Documents</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="12"/>
        <source>Invitation letter</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="13"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="14"/>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="15"/>
        <source>Appointment slip and receipt of papers</source>
        <translation>Phiếu hẹn và giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="18"/>
        <source>Guidance slip</source>
        <translation>Phiếu hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="19"/>
        <source>Transfer slip</source>
        <translation>Phiếu chuyển đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="20"/>
        <source>Proposal to accept</source>
        <translation>Phiếu đề xuất thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="21"/>
        <source>Acceptance notice</source>
        <translation>Thông báo thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="22"/>
        <source>Refusal notice</source>
        <translation>Thông báo không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="23"/>
        <source>Urge letter to the agency</source>
        <translation>Văn bản đôn đốc cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="24"/>
        <source>Notice to the denunciator</source>
        <translation>Thông báo cho người tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="33"/>
        <source>State body (Decree 30/2020/NĐ-CP): Số: 05/GM-UBND</source>
        <translation>Cơ quan nhà nước (Nghị định 30/2020/NĐ-CP): Số: 05/GM-UBND</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/labels.py" line="36"/>
        <source>Party body (Guidance 36-HD/VPTW): Số 12-TB/TU</source>
        <translation>Cơ quan Đảng (Hướng dẫn 36-HD/VPTW): Số 12-TB/TU</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/output.py" line="31"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/output.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/output.py" line="34"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/output.py" line="72"/>
        <source>Print the document</source>
        <translation>In văn bản</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="87"/>
        <source>Search numbers and summaries…</source>
        <translation>Tìm theo số, trích yếu…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="90"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="94"/>
        <source>Reception register…</source>
        <translation>Sổ tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="97"/>
        <source>Sổ tiếp công dân (Circular 04/2021, form 03) of a period, as .docx, PDF or Excel</source>
        <translation>Sổ tiếp công dân (mẫu 03, Thông tư 04/2021) của một kỳ, dạng .docx, PDF hoặc Excel</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="133"/>
        <source>Open in Word</source>
        <translation>Mở bằng Word</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="134"/>
        <source>Open the issued .docx to edit or print it</source>
        <translation>Mở tệp .docx đã ban hành để sửa hoặc in</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="136"/>
        <source>Save as .docx…</source>
        <translation>Lưu thành .docx…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="138"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="140"/>
        <source>Reprint…</source>
        <translation>In lại…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="182"/>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="259"/>
        <source>Save the document</source>
        <translation>Lưu văn bản</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../dialogue_app/ui/common/durations.py" line="22"/>
        <source>At the start</source>
        <translation>Lúc bắt đầu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/common/durations.py" line="24"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/common/durations.py" line="26"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/common/durations.py" line="27"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutiesView</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="130"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="131"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="135"/>
        <source>New reception schedule…</source>
        <translation>Thêm lịch tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="138"/>
        <source>Period containing</source>
        <translation>Kỳ có ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="156"/>
        <source>Held</source>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="158"/>
        <source>Delegated…</source>
        <translation>Ủy quyền…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="160"/>
        <source>Missed…</source>
        <translation>Không tiếp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="163"/>
        <source>Mark the selected day:</source>
        <translation>Đánh dấu ngày đã chọn:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="168"/>
        <source>Quotas (Law on Citizen Reception; Regulation 11-QĐi/TW)</source>
        <translation>Định mức tiếp công dân (Luật Tiếp công dân; Quy định số 11-QĐi/TW)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="171"/>
        <source>Reception days in the period</source>
        <translation>Các ngày tiếp công dân trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="208"/>
        <source>No leader has a reception quota yet. Press “New reception schedule…” to give a leader a schedule and a quota.</source>
        <translation>Chưa có lãnh đạo nào được giao định mức tiếp công dân. Nhấn “Thêm lịch tiếp công dân…” để giao lịch và định mức cho lãnh đạo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="214"/>
        <source>%Ln leader(s) behind their quota in this period.</source>
        <translation>
            <numerusform>Có %Ln lãnh đạo chưa đạt định mức tiếp công dân trong kỳ này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="217"/>
        <source>Every leader is on track in this period.</source>
        <translation>Tất cả lãnh đạo đều đảm bảo định mức trong kỳ này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="229"/>
        <source>Select a reception day first.</source>
        <translation>Hãy chọn một ngày tiếp công dân trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="267"/>
        <source>This reception day no longer exists.</source>
        <translation>Ngày tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="272"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="274"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="300"/>
        <source>There is no other leader to delegate to.</source>
        <translation>Không có lãnh đạo nào khác để ủy quyền.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="273"/>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="304"/>
        <source>Delegated to</source>
        <translation>Ủy quyền cho</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="305"/>
        <source>Who received citizens instead?</source>
        <translation>Lãnh đạo nào tiếp công dân thay?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="317"/>
        <source>Reception day missed</source>
        <translation>Không tiếp công dân theo lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="318"/>
        <source>Why did %1 not receive citizens on %2?</source>
        <translation>Lý do %1 không tiếp công dân ngày %2?</translation>
    </message>
</context>
<context>
    <name>DutyModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="93"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="94"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="95"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="96"/>
        <source>Delegate or reason</source>
        <translation>Người được ủy quyền hoặc lý do</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="60"/>
        <source>Something went wrong</source>
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="56"/>
        <source>Database problem</source>
        <translation>Sự cố cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="54"/>
        <source>Connection lost</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="58"/>
        <source>File problem</source>
        <translation>Sự cố tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="61"/>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="73"/>
        <source>If it happens again, send the log file to your IT staff: %1</source>
        <translation>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho cán bộ công nghệ thông tin: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="77"/>
        <source>The details are in the log file: %1</source>
        <translation>Thông tin chi tiết có trong tệp nhật ký: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="100"/>
        <source>What you typed is kept: save again once the connection to the office database is back (the status bar says when).</source>
        <translation>Những gì bạn đã nhập vẫn được giữ: hãy lưu lại khi kết nối tới cơ sở dữ liệu của cơ quan đã có lại (thanh trạng thái sẽ báo).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/errors.py" line="137"/>
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
    <name>FileDialogs</name>
    <message>
        <location filename="../../dialogue_app/ui/common/file_dialogs.py" line="53"/>
        <source>%1 no. %2</source>
        <translation>%1 số %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/file_dialogs.py" line="59"/>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/file_dialogs.py" line="66"/>
        <source>file</source>
        <translation>tệp</translation>
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
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="723"/>
        <source>Add a follow-up</source>
        <translation>Thêm diễn biến xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="742"/>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ: 125/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="748"/>
        <source>Attach a file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="751"/>
        <source>What happened</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="752"/>
        <source>Decision number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="753"/>
        <source>Extension (days)</source>
        <translation>Gia hạn (ngày)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="754"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="755"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="756"/>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="759"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="759"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="770"/>
        <source>The follow-up</source>
        <translation>Nội dung theo dõi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="787"/>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="795"/>
        <source>Cannot attach the file</source>
        <translation>Không đính kèm được tệp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="796"/>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
</context>
<context>
    <name>FormTableModel</name>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="55"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>FormsView</name>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="121"/>
        <source>01/TCD: citizen reception</source>
        <translation>01/TCD: tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="122"/>
        <source>01/XLD: petitions handled</source>
        <translation>01/XLD: xử lý đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="123"/>
        <source>01/KQGQ: complaints settled</source>
        <translation>01/KQGQ: giải quyết khiếu nại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="127"/>
        <source>Denunciations settled (office working table, not a form)</source>
        <translation>Kết quả giải quyết tố cáo (bảng tổng hợp nội bộ, không phải biểu mẫu ban hành)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="131"/>
        <source>Show the form</source>
        <translation>Xem biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="132"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="133"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="134"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="135"/>
        <source>Opening balance…</source>
        <translation>Số liệu đầu kỳ…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="207"/>
        <source>This column counts reception sessions; see them in the calendar.</source>
        <translation>Cột này đếm số kỳ tiếp công dân; xem các kỳ tiếp trong lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="235"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="236"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="237"/>
        <source>JSON file (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="240"/>
        <source>Form %1 from %2 to %3</source>
        <translation>Biểu mẫu %1 từ %2 đến %3</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="248"/>
        <source>Export the form</source>
        <translation>Xuất biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="256"/>
        <source>The form was saved to %1</source>
        <translation>Đã lưu biểu mẫu vào %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="276"/>
        <source>Exporting the form</source>
        <translation>Đang xuất biểu mẫu</translation>
    </message>
</context>
<context>
    <name>HoldingDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="51"/>
        <source>Outcome of “%1”</source>
        <translation>Kết quả “%1”</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="63"/>
        <source>Citizens attending</source>
        <translation>Số công dân tham dự</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="64"/>
        <source>Organisations present</source>
        <translation>Cơ quan, tổ chức tham dự</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="65"/>
        <source>Summary of the minutes</source>
        <translation>Tóm tắt biên bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="70"/>
        <source>Kind</source>
        <translation>Loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="71"/>
        <source>Issue raised</source>
        <translation>Nội dung được nêu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="72"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="73"/>
        <source>Raised by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="75"/>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="86"/>
        <source>Add issue</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="88"/>
        <source>Remove issue</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="92"/>
        <source>Add a field…</source>
        <translation>Thêm lĩnh vực…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="100"/>
        <source>%Ln issue(s) of this conference already registered as cases.</source>
        <translation>
            <numerusform>%Ln nội dung của hội nghị này đã được ghi nhận thành vụ việc.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="105"/>
        <source>Each issue you add here is registered as a new case.</source>
        <translation>Mỗi nội dung thêm tại đây sẽ được ghi nhận thành một vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="119"/>
        <source>Save outcome</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="120"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="136"/>
        <source>Issues raised</source>
        <translation>Các nội dung được nêu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="147"/>
        <source>The outcome</source>
        <translation>Kết quả hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="176"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="177"/>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="178"/>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="179"/>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="186"/>
        <source>(to classify later)</source>
        <translation>(phân loại sau)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="196"/>
        <source>as named</source>
        <translation>theo danh sách</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="238"/>
        <source>Add an issue, then choose who raised it.</source>
        <translation>Hãy thêm nội dung, rồi chọn người đã nêu nội dung đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="242"/>
        <source>Who raised issue %1 (choose from the citizen register or type in)</source>
        <translation>Người nêu nội dung %1 (chọn từ danh sách công dân hoặc nhập tay)</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="128"/>
        <source>Send the cancellation</source>
        <translation>Gửi thông báo hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="128"/>
        <source>Send invitations</source>
        <translation>Gửi giấy mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="135"/>
        <source>Send by e-mail through the office&apos;s mail server (%1)</source>
        <translation>Gửi thư điện tử qua máy chủ thư của cơ quan (%1)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="136"/>
        <source>not set up</source>
        <translation>chưa cài đặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="141"/>
        <source>Save as an e-mail file (.eml): Outlook opens it as a meeting request to send</source>
        <translation>Lưu thành tệp thư (.eml): Outlook mở ra thành lời mời họp để gửi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="144"/>
        <source>Save as a calendar file (.ics) to attach to an e-mail yourself</source>
        <translation>Lưu thành tệp lịch (.ics) để tự đính kèm vào thư</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="151"/>
        <source>To send from here, set up the mail server in Settings → Calendars and mail.</source>
        <translation>Để gửi từ đây, hãy cài đặt máy chủ thư trong Cài đặt → Lịch và thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="172"/>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="194"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="175"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="187"/>
        <source>Sent so far:</source>
        <translation>Đã gửi:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="194"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="239"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="239"/>
        <source>Sending through the office&apos;s mail server…</source>
        <translation>Đang gửi qua máy chủ thư của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="265"/>
        <source>E-mail messages (*.eml)</source>
        <translation>Thư điện tử (*.eml)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="265"/>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="267"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="279"/>
        <source>Sent to %Ln address(es) through %1.</source>
        <translation>
            <numerusform>Đã gửi đến %Ln địa chỉ qua %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="283"/>
        <source>The server refused: %1.</source>
        <translation>Máy chủ từ chối: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="289"/>
        <source>Saved as an e-mail message: %1. Open it in Outlook (or Thunderbird) and send it; it is addressed to %Ln invitee(s).</source>
        <translation>
            <numerusform>Đã lưu thành thư điện tử: %1. Hãy mở bằng Outlook (hoặc Thunderbird) rồi gửi; thư gửi đến %Ln người được mời.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="295"/>
        <source>Saved as a calendar file: %1. Attach it to an e-mail to the %Ln invitee(s).</source>
        <translation>
            <numerusform>Đã lưu thành tệp lịch: %1. Hãy đính kèm vào thư gửi %Ln người được mời.</numerusform>
        </translation>
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
    <name>LetterheadEditor</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="54"/>
        <source>Official documents: letterhead</source>
        <translation>Văn bản: thể thức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="60"/>
        <source>e.g. ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH</source>
        <translation>ví dụ: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="62"/>
        <source>e.g. BAN TIẾP CÔNG DÂN TỈNH</source>
        <translation>ví dụ: BAN TIẾP CÔNG DÂN TỈNH</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="64"/>
        <source>e.g. UBND (05/GM-UBND) or TU (12-TB/TU)</source>
        <translation>ví dụ: UBND (05/GM-UBND) hoặc TU (12-TB/TU)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="66"/>
        <source>e.g. TCD, in letters: 12/UBND-TCD</source>
        <translation>ví dụ: TCD, trong công văn: 12/UBND-TCD</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="68"/>
        <source>e.g. Hà Tĩnh</source>
        <translation>ví dụ: Hà Tĩnh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="74"/>
        <source>Signs on behalf of (lines, separated by ;)</source>
        <translation>Thẩm quyền ký (các dòng, cách nhau bằng ;)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="75"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="76"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="87"/>
        <source>Add signer</source>
        <translation>Thêm người ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="89"/>
        <source>Remove signer</source>
        <translation>Xóa người ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="102"/>
        <source>One recipient a line, e.g. Thường trực Tỉnh ủy</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ: Thường trực Tỉnh ủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="109"/>
        <source>Save letterhead</source>
        <translation>Lưu thể thức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="116"/>
        <source>Layout</source>
        <translation>Thể thức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="117"/>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="118"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="119"/>
        <source>Issuer code in numbers</source>
        <translation>Chữ viết tắt cơ quan trong số văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="120"/>
        <source>Unit code in letters</source>
        <translation>Chữ viết tắt đơn vị soạn thảo trong công văn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="121"/>
        <source>Place in the date line</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="122"/>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="123"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="124"/>
        <source>Archive line</source>
        <translation>Dòng lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="215"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../dialogue_app/ui/common/live_refresh.py" line="99"/>
        <source>The connection to the office database is back.</source>
        <translation>Kết nối tới cơ sở dữ liệu của cơ quan đã có lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/live_refresh.py" line="102"/>
        <source>Connection to the office database lost: trying again…</source>
        <translation>Mất kết nối tới cơ sở dữ liệu của cơ quan: đang thử kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/live_refresh.py" line="105"/>
        <source>What you save meanwhile stays in its form and is saved by itself once the connection is back. Changes by colleagues show again then too.</source>
        <translation>Những gì bạn lưu trong lúc này được giữ trong biểu mẫu và tự động lưu khi có kết nối trở lại. Thay đổi của đồng nghiệp cũng sẽ hiện lại khi đó.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="187"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="191"/>
        <source>The month, week and agenda views of every dialogue conference and reception day, with holidays marked. Until it is ready, use &lt;b&gt;Conferences&lt;/b&gt;.</source>
        <translation>Lịch tháng, tuần và danh sách các hội nghị đối thoại, ngày tiếp công dân, có đánh dấu ngày nghỉ lễ. Trong khi chờ, hãy dùng mục &lt;b&gt;Hội nghị&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="198"/>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="202"/>
        <source>Plan dialogue conferences and reception days: chairs, venue, agencies, invited citizens, agenda; conflicts and holidays are checked as you type.</source>
        <translation>Lập kế hoạch hội nghị đối thoại và ngày tiếp công dân: người chủ trì, địa điểm, cơ quan, công dân được mời, chương trình; trùng lịch và ngày nghỉ được kiểm tra ngay khi nhập.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="208"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="212"/>
        <source>The register of petitions: every issue citizens raise, its agency, its statutory deadline and its timeline until it is resolved.</source>
        <translation>Sổ theo dõi đơn thư: mọi vụ việc công dân nêu, cơ quan giải quyết, thời hạn theo luật và diễn biến cho đến khi giải quyết xong.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="218"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="222"/>
        <source>Figures for any period: citizens received, petitions by type, field and agency, settlement rates on time and late, with charts and exports to Excel and PDF. This page is not built yet; the command line &lt;tt&gt;dialogue-app report&lt;/tt&gt; will come with it.</source>
        <translation>Số liệu theo kỳ bất kỳ: số lượt công dân được tiếp, đơn thư theo loại, lĩnh vực và cơ quan, tỷ lệ giải quyết đúng hạn và quá hạn, kèm biểu đồ và xuất ra Excel, PDF. Trang này chưa được xây dựng; lệnh &lt;tt&gt;dialogue-app report&lt;/tt&gt; sẽ có cùng lúc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="230"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="233"/>
        <source>The register of outgoing documents and the reception register.</source>
        <translation>Sổ văn bản đi và sổ tiếp công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="237"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="240"/>
        <source>The office profile, the language and the working-day calendar.</source>
        <translation>Thông tin cơ quan, ngôn ngữ và lịch ngày làm việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="255"/>
        <source>Staff and audit</source>
        <translation>Tài khoản và nhật ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="258"/>
        <source>Staff accounts and the audit log.</source>
        <translation>Tài khoản cán bộ và nhật ký kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="352"/>
        <source>“%1” does nothing on this page.</source>
        <translation>“%1” không có tác dụng ở trang này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="361"/>
        <source>Refreshed from the database.</source>
        <translation>Đã đọc lại dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="375"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="376"/>
        <source>&amp;Actions</source>
        <translation>&amp;Thao tác</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="378"/>
        <source>&amp;New…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="379"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="380"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="381"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="382"/>
        <source>&amp;Refresh from the database</source>
        <translation>Đọc &amp;lại dữ liệu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="388"/>
        <source>&amp;About Dialogue Desk</source>
        <translation>&amp;Giới thiệu Dialogue Desk</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="391"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="451"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
</context>
<context>
    <name>MakeDocumentDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="83"/>
        <source>Make a document</source>
        <translation>Lập văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="106"/>
        <source>One letter per invitee (else one letter with the list)</source>
        <translation>Mỗi người được mời một giấy mời (nếu không: một giấy mời kèm danh sách)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="110"/>
        <source>One recipient a line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="113"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="114"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="118"/>
        <source>Who took the minutes; leave empty to write the name by hand</source>
        <translation>Người ghi biên bản; để trống để ghi tên bằng tay</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="120"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="121"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="134"/>
        <source>Refresh preview</source>
        <translation>Xem lại bản nháp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="230"/>
        <source>Draft: the number is given when the document is issued.</source>
        <translation>Bản nháp: số văn bản được cấp khi ban hành.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="266"/>
        <source>Save as .docx…</source>
        <translation>Lưu thành .docx…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="267"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="268"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="270"/>
        <source>Issue and save as .docx…</source>
        <translation>Ban hành và lưu thành .docx…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="271"/>
        <source>Issue and save as PDF…</source>
        <translation>Ban hành và lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="272"/>
        <source>Issue and print…</source>
        <translation>Ban hành và in…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="281"/>
        <source>Save the document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="356"/>
        <source>Issued as number %1.</source>
        <translation>Đã ban hành, số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="360"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/make_dialog.py" line="364"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
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
        <location filename="../../dialogue_app/services/office.py" line="77"/>
        <source>Enter the office&apos;s name.</source>
        <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="81"/>
        <source>“%1” is not an e-mail address. Write it as name@example.gov.vn.</source>
        <translation>“%1” không phải là địa chỉ e-mail. Hãy viết theo dạng ten@example.gov.vn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="140"/>
        <source>Set up the office&apos;s name first, then its letterhead.</source>
        <translation>Hãy nhập tên cơ quan trước, sau đó mới thiết lập tiêu đề văn bản.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="211"/>
        <source>The issuer&apos;s code “%1” goes into document numbers: write it without spaces or slashes, e.g. UBND.</source>
        <translation>Chữ viết tắt tên cơ quan “%1” được dùng trong số văn bản: hãy viết không có dấu cách hoặc dấu gạch chéo, ví dụ UBND.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="222"/>
        <source>Signer %1 needs a full name and a title.</source>
        <translation>Người ký thứ %1 cần có họ tên và chức vụ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="230"/>
        <source>Enter the issuing body of the documents.</source>
        <translation>Hãy nhập tên cơ quan ban hành văn bản.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="231"/>
        <source>Enter the issuer&apos;s code used in document numbers (e.g. UBND, TU).</source>
        <translation>Hãy nhập chữ viết tắt tên cơ quan dùng trong số văn bản (ví dụ UBND, TU).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/office.py" line="234"/>
        <source>Enter the place name of the documents&apos; date line (e.g. Hà Tĩnh).</source>
        <translation>Hãy nhập địa danh ghi ở dòng ngày tháng của văn bản (ví dụ Hà Tĩnh).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/periods.py" line="62"/>
        <location filename="../../dialogue_app/services/office.py" line="89"/>
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
        <location filename="../../dialogue_app/services/office.py" line="97"/>
        <source>The reminder cannot be negative.</source>
        <translation>Thời gian nhắc lịch không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="88"/>
        <source>“%1” is not a database address. Use a SQLite file path such as sqlite:///C:/data/dialogue.sqlite or postgresql+psycopg://user@host/dbname.</source>
        <translation>“%1” không phải là địa chỉ cơ sở dữ liệu. Hãy dùng đường dẫn tệp SQLite như sqlite:///C:/data/dialogue.sqlite hoặc postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="123"/>
        <source>PostgreSQL support is not installed. Install it with pip install &apos;dialogue-app[postgres]&apos;.</source>
        <translation>Chưa cài đặt thành phần hỗ trợ PostgreSQL. Hãy cài đặt bằng lệnh pip install &apos;dialogue-app[postgres]&apos;.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="130"/>
        <source>The database type “%1” is not supported. Use SQLite or PostgreSQL.</source>
        <translation>Không hỗ trợ loại cơ sở dữ liệu “%1”. Hãy dùng SQLite hoặc PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="162"/>
        <source>Cannot create the data folder %1: %2. Choose a folder you can write to with --database, or ask IT to give you write access.</source>
        <translation>Không tạo được thư mục dữ liệu %1: %2. Hãy chọn thư mục có quyền ghi bằng tùy chọn --database, hoặc đề nghị cán bộ công nghệ thông tin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="173"/>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu. Hãy chọn tên tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="182"/>
        <location filename="../../dialogue_app/store/database.py" line="349"/>
        <source>%1 is not a Dialogue Desk database (it is some other kind of file). Nothing was changed. Choose another file, or restore a backup.</source>
        <translation>%1 không phải là cơ sở dữ liệu của Dialogue Desk (đây là loại tệp khác). Chưa có thay đổi nào. Hãy chọn tệp khác hoặc khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="195"/>
        <source>The data folder %1 is not writable (%2). Choose a folder you can write to with --database, or ask IT to give you write access.</source>
        <translation>Không ghi được vào thư mục dữ liệu %1 (%2). Hãy chọn thư mục có quyền ghi bằng tùy chọn --database, hoặc đề nghị cán bộ công nghệ thông tin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="213"/>
        <source>Cannot connect to the PostgreSQL server at %1 (database “%2”): %3. Check that the server is running, that the address, user and password are right, and that this computer may connect to it.</source>
        <translation>Không kết nối được máy chủ PostgreSQL tại %1 (cơ sở dữ liệu “%2”): %3. Hãy kiểm tra máy chủ đang hoạt động, địa chỉ, tên đăng nhập và mật khẩu đúng, và máy tính này được phép kết nối.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="225"/>
        <source>%1 is damaged or is not a Dialogue Desk database. Nothing was changed. Restore a backup (dialogue-app restore FILE) or choose another file.</source>
        <translation>%1 bị hỏng hoặc không phải là cơ sở dữ liệu của Dialogue Desk. Chưa có thay đổi nào. Hãy khôi phục từ bản sao lưu (dialogue-app restore TỆP) hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="233"/>
        <source>Cannot open the database %1: %2.</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="359"/>
        <source>This database was written by a newer version of Dialogue Desk (schema %1). It was not changed. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Dialogue Desk mới hơn (cấu trúc %1). Cơ sở dữ liệu chưa bị thay đổi. Hãy cài đặt phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="370"/>
        <source>This database already holds tables that are not from Dialogue Desk. It was not changed. Choose an empty database or a Dialogue Desk database.</source>
        <translation>Cơ sở dữ liệu này đã có các bảng không thuộc Dialogue Desk. Cơ sở dữ liệu chưa bị thay đổi. Hãy chọn cơ sở dữ liệu trống hoặc cơ sở dữ liệu của Dialogue Desk.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="521"/>
        <source>%1 cannot be restored: it is the database of another program, not a Dialogue Desk backup. Nothing was changed.</source>
        <translation>Không thể khôi phục %1: đây là cơ sở dữ liệu của một chương trình khác, không phải bản sao lưu của Dialogue Desk. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="535"/>
        <source>%1 cannot be restored: it was written by a newer version of Dialogue Desk (schema %2). Nothing was changed. Install the newer version to restore it.</source>
        <translation>Không thể khôi phục %1: tệp do một phiên bản Dialogue Desk mới hơn ghi (cấu trúc %2). Chưa có gì bị thay đổi. Hãy cài phiên bản mới hơn để khôi phục tệp này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="545"/>
        <source>%1 cannot be restored: tables of Dialogue Desk&apos;s schema %2 are missing from it. Nothing was changed. Choose another backup.</source>
        <translation>Không thể khôi phục %1: tệp thiếu các bảng thuộc cấu trúc %2 của Dialogue Desk. Chưa có gì bị thay đổi. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="558"/>
        <source>The database %1 is in use by another program (another Dialogue Desk window?). Nothing was changed. Close it and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được một chương trình khác sử dụng (một cửa sổ Dialogue Desk khác?). Chưa có gì bị thay đổi. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="667"/>
        <source>There is not enough free disk space in %1 to update the database. Nothing was changed: this version opens it once some space is freed.</source>
        <translation>Ổ đĩa chứa %1 không còn đủ chỗ trống để cập nhật cơ sở dữ liệu. Chưa có gì bị thay đổi: phiên bản này sẽ mở được cơ sở dữ liệu khi đã giải phóng thêm dung lượng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="721"/>
        <source>Updating the database structure failed: the updated copy does not pass its checks (%1). Nothing was changed: the previous version of Dialogue Desk still opens the database.</source>
        <translation>Cập nhật cấu trúc cơ sở dữ liệu không thành công: bản sao đã cập nhật không vượt qua bước kiểm tra (%1). Chưa có gì bị thay đổi: phiên bản Dialogue Desk trước vẫn mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="758"/>
        <source>Updating the database structure failed: %1. Nothing was changed: the previous version of Dialogue Desk still opens the database.</source>
        <translation>Cập nhật cấu trúc cơ sở dữ liệu không thành công: %1. Chưa có gì bị thay đổi: phiên bản Dialogue Desk trước vẫn mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="754"/>
        <location filename="../../dialogue_app/store/database.py" line="792"/>
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
        <location filename="../../dialogue_app/services/backups/manual.py" line="26"/>
        <source>Backup and restore here work on the embedded SQLite database. For PostgreSQL use the server&apos;s own tools: pg_dump -Fc DBNAME &gt; FILE and pg_restore.</source>
        <translation>Chức năng sao lưu và khôi phục tại đây chỉ áp dụng cho cơ sở dữ liệu SQLite tích hợp. Với PostgreSQL, hãy dùng công cụ của máy chủ: pg_dump -Fc DBNAME &gt; FILE và pg_restore.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="74"/>
        <source>The backup folder %1 is the data folder itself: a backup there is lost with the database when the disk fails. Choose another folder, best on another disk or a network share.</source>
        <translation>Thư mục sao lưu %1 chính là thư mục dữ liệu: bản sao lưu ở đó sẽ mất cùng cơ sở dữ liệu khi ổ đĩa hỏng. Hãy chọn thư mục khác, tốt nhất trên một ổ đĩa khác hoặc thư mục chia sẻ trên mạng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="88"/>
        <location filename="../../dialogue_app/services/backups/copying.py" line="175"/>
        <location filename="../../dialogue_app/services/backups/service.py" line="406"/>
        <source>The backup folder %1 does not exist or cannot be reached (a network share offline, a disk unplugged?). Connect it, or choose another folder in Settings. Dialogue Desk tries again later.</source>
        <translation>Thư mục sao lưu %1 không tồn tại hoặc không truy cập được (thư mục chia sẻ trên mạng bị ngắt, ổ đĩa đã rút ra?). Hãy kết nối lại, hoặc chọn thư mục khác trong Thiết lập. Dialogue Desk sẽ thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="105"/>
        <source>Dialogue Desk may not write to the backup folder %1 (%2). Ask IT for write access, or choose another folder in Settings.</source>
        <translation>Dialogue Desk không được phép ghi vào thư mục sao lưu %1 (%2). Hãy nhờ bộ phận CNTT cấp quyền ghi, hoặc chọn thư mục khác trong Thiết lập.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="118"/>
        <source>There is not enough free space in the backup folder %1. No backup was written. Free some space or choose another folder; Dialogue Desk tries again later.</source>
        <translation>Thư mục sao lưu %1 không đủ dung lượng trống. Chưa ghi bản sao lưu nào. Hãy giải phóng dung lượng hoặc chọn thư mục khác; Dialogue Desk sẽ thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="150"/>
        <location filename="../../dialogue_app/services/backups/manual.py" line="40"/>
        <source>There is no database at %1 to back up.</source>
        <translation>Không có cơ sở dữ liệu tại %1 để sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="186"/>
        <source>The database could not be read to back it up (%1). Nothing was written. Restore the latest good backup, or ask IT to check the disk.</source>
        <translation>Không đọc được cơ sở dữ liệu để sao lưu (%1). Chưa ghi gì. Hãy khôi phục bản sao lưu tốt gần nhất, hoặc nhờ bộ phận CNTT kiểm tra ổ đĩa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/copying.py" line="260"/>
        <source>The backup copy did not pass its checks (%1) and was removed. The database was not changed. Dialogue Desk tries again later.</source>
        <translation>Bản sao không vượt qua bước kiểm tra (%1) nên đã bị xoá. Cơ sở dữ liệu không bị thay đổi. Dialogue Desk sẽ thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="45"/>
        <source>The backup file cannot be the database itself. Choose another name.</source>
        <translation>Tệp sao lưu không được trùng với chính tệp cơ sở dữ liệu. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="60"/>
        <source>The backup could not be written to %1: %2.</source>
        <translation>Không ghi được bản sao lưu vào %1: %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="77"/>
        <location filename="../../dialogue_app/services/backups/service.py" line="386"/>
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="80"/>
        <source>%1 is the database itself: choose a backup to restore.</source>
        <translation>%1 chính là cơ sở dữ liệu đang dùng: hãy chọn một bản sao lưu để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="113"/>
        <location filename="../../dialogue_app/store/database.py" line="485"/>
        <source>%1 cannot be restored: it is not a Dialogue Desk database (it is some other kind of file). Nothing was changed.</source>
        <translation>Không thể khôi phục %1: đây không phải cơ sở dữ liệu Dialogue Desk (đây là một loại tệp khác). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="121"/>
        <location filename="../../dialogue_app/services/backups/service.py" line="393"/>
        <location filename="../../dialogue_app/store/database.py" line="511"/>
        <source>%1 cannot be restored: the file is damaged (%2). Nothing was changed. Choose another backup.</source>
        <translation>Không thể khôi phục %1: tệp bị hỏng (%2). Chưa có gì bị thay đổi. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="134"/>
        <source>%1 cannot be restored: there is not enough free disk space in %2. Nothing was changed. Free some space and try again.</source>
        <translation>Không thể khôi phục %1: ổ đĩa chứa %2 không còn đủ chỗ trống. Chưa có gì bị thay đổi. Hãy giải phóng thêm dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/manual.py" line="143"/>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>Không thể khôi phục %1: %2. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/store/database.py" line="530"/>
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
        <location filename="../../dialogue_app/services/calendar_exchange/invitations.py" line="125"/>
        <source>The mail server accepted the message for %1, but the app could not note that it was sent (the database did not answer). The list shows it as “sending, not confirmed”: do not send it again before asking the invitees whether it arrived.</source>
        <translation>Máy chủ thư đã nhận thư gửi %1, nhưng ứng dụng không ghi lại được là đã gửi (cơ sở dữ liệu không trả lời). Danh sách hiện thư này là “đang gửi, chưa xác nhận”: đừng gửi lại trước khi hỏi người được mời xem đã nhận được chưa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/invitations.py" line="194"/>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="205"/>
        <source>There is no conference number %1.</source>
        <translation>Không có hội nghị số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="211"/>
        <source>The office has no organizer e-mail address, so calendar programs would not know whom to answer. Enter it in Settings → Office, then export again.</source>
        <translation>Cơ quan chưa có địa chỉ e-mail gửi giấy mời nên chương trình lịch của người nhận không biết phản hồi cho ai. Hãy nhập địa chỉ này tại Cài đặt → Thông tin cơ quan rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="221"/>
        <source>“%1” has no date and time yet. Set when it starts and ends first.</source>
        <translation>“%1” chưa có ngày giờ. Hãy đặt thời gian bắt đầu và kết thúc trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="230"/>
        <source>“%1” ends before it starts. Correct its times first.</source>
        <translation>“%1” có thời gian kết thúc trước thời gian bắt đầu. Hãy sửa lại thời gian trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="238"/>
        <source>“%1” is cancelled. Send the cancellation instead of an invitation.</source>
        <translation>“%1” đã bị hủy. Hãy gửi thông báo hủy thay cho giấy mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="247"/>
        <source>“%1” is not cancelled. Cancel the conference first (so that calendars see the change), then export the cancellation.</source>
        <translation>“%1” chưa bị hủy. Hãy hủy hội nghị trước (để lịch của người nhận cập nhật thay đổi), rồi xuất thông báo hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="259"/>
        <source>Nobody invited to “%1” has an e-mail address. Add the e-mail of a chairing leader or an answering agency, or export the schedule instead.</source>
        <translation>Không ai được mời dự “%1” có địa chỉ e-mail. Hãy thêm e-mail của lãnh đạo chủ trì hoặc cơ quan có trách nhiệm trả lời, hoặc xuất lịch thay cho giấy mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/publishing.py" line="167"/>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="302"/>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="399"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="403"/>
        <source>The reminder cannot be after the deadline.</source>
        <translation>Thời điểm nhắc không được sau hạn giải quyết.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="464"/>
        <source>Give the official&apos;s name.</source>
        <translation>Hãy nhập tên lãnh đạo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="471"/>
        <source>No official is called “%1”. Check the spelling in the list of officials.</source>
        <translation>Không có lãnh đạo nào tên “%1”. Hãy kiểm tra chính tả trong danh sách lãnh đạo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="480"/>
        <source>Several officials match “%1”: %2. Give the full name.</source>
        <translation>Có nhiều lãnh đạo khớp với “%1”: %2. Hãy nhập đầy đủ họ tên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="508"/>
        <source>The end of the period is before its start.</source>
        <translation>Ngày kết thúc đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/publishing.py" line="278"/>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="518"/>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="139"/>
        <source>There is no official number %1.</source>
        <translation>Không có lãnh đạo số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/service.py" line="574"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>Không đọc được “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/files.py" line="32"/>
        <source>The export was cancelled; the file was not written.</source>
        <translation>Đã hủy xuất dữ liệu; tệp chưa được ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="520"/>
        <source>“%1” was not saved: the disk is full. Free some space or choose another drive, then try again.</source>
        <translation>Chưa lưu được “%1”: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="529"/>
        <source>“%1” was not saved: this folder cannot be written to, or the file is read-only or open in another program. Close the file or choose another folder (for example Documents), then try again.</source>
        <translation>Chưa lưu được “%1”: không thể ghi vào thư mục này, hoặc tệp chỉ cho phép đọc hay đang mở trong một chương trình khác. Hãy đóng tệp hoặc chọn thư mục khác (ví dụ Documents), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="539"/>
        <source>“%1” was not saved: that name belongs to a folder. Choose a file name inside the folder, then try again.</source>
        <translation>Chưa lưu được “%1”: đó là tên của một thư mục. Hãy chọn một tên tệp bên trong thư mục đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="548"/>
        <source>“%1” was not saved: its folder does not exist (was a USB drive or network folder removed?). Choose another folder, then try again.</source>
        <translation>Chưa lưu được “%1”: thư mục chứa tệp không tồn tại (ổ USB hoặc thư mục mạng đã bị rút ra?). Hãy chọn thư mục khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="556"/>
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
        <location filename="../../dialogue_app/services/conferences/reception.py" line="86"/>
        <source>This duty quota no longer exists.</source>
        <translation>Định mức tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="426"/>
        <source>The reception ends before it starts.</source>
        <translation>Giờ kết thúc buổi tiếp đang trước giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="117"/>
        <source>The schedule ends before it begins.</source>
        <translation>Ngày kết thúc lịch đang trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="435"/>
        <source>The venue chosen was removed meanwhile.</source>
        <translation>Địa điểm đã chọn vừa bị xóa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="166"/>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="146"/>
        <source>The last day is before the first day.</source>
        <translation>Ngày cuối đang trước ngày đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="443"/>
        <source>This reception schedule no longer exists.</source>
        <translation>Lịch tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="320"/>
        <source>Choose the leader the reception was delegated to.</source>
        <translation>Hãy chọn lãnh đạo được ủy quyền tiếp công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="173"/>
        <source>A change can only apply from today on; reception days already past stay as they were.</source>
        <translation>Thay đổi chỉ áp dụng từ hôm nay trở đi; các ngày tiếp công dân đã qua được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="189"/>
        <source>The schedule would begin after its last day (%1); choose an earlier first day.</source>
        <translation>Lịch sẽ bắt đầu sau ngày áp dụng cuối cùng (%1); hãy chọn ngày bắt đầu sớm hơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="232"/>
        <source>A schedule can only be stopped from today on; reception days already past stay to be marked held, delegated or missed.</source>
        <translation>Chỉ có thể ngừng áp dụng lịch từ hôm nay trở đi; các ngày tiếp đã qua vẫn cần được ghi nhận là đã tiếp, đã ủy quyền hoặc không tiếp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="244"/>
        <source>This reception schedule is already stopped. Resume it first if the date should change.</source>
        <translation>Lịch tiếp công dân này đã ngừng áp dụng. Muốn đổi ngày ngừng, hãy áp dụng lại lịch trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="269"/>
        <source>This reception schedule is already in force.</source>
        <translation>Lịch tiếp công dân này đang được áp dụng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="276"/>
        <source>The schedule applies again from %1; plan its days until that day or later.</source>
        <translation>Lịch được áp dụng lại từ ngày %1; hãy lên lịch các ngày tiếp đến ngày đó hoặc muộn hơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="325"/>
        <source>Say why the reception day was missed.</source>
        <translation>Hãy nêu lý do không tiếp công dân theo lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="329"/>
        <source>Choose held, delegated or missed.</source>
        <translation>Hãy chọn đã tiếp, ủy quyền hoặc không tiếp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="335"/>
        <source>This reception day no longer exists.</source>
        <translation>Ngày tiếp công dân này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="341"/>
        <source>This reception day has not come yet; mark it on or after the day.</source>
        <translation>Chưa đến ngày tiếp công dân này; hãy đánh dấu vào hoặc sau ngày đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="349"/>
        <source>A reception cannot be delegated to the same leader.</source>
        <translation>Không thể ủy quyền tiếp công dân cho chính lãnh đạo đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/reception.py" line="451"/>
        <source>This leader was removed from the register meanwhile.</source>
        <translation>Lãnh đạo này vừa bị xóa khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/export.py" line="282"/>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Hãy chọn tên tệp có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/service.py" line="54"/>
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
        <location filename="../../dialogue_app/services/reports/queries.py" line="105"/>
        <source>There is no administrative unit with the number %1.</source>
        <translation>Không có địa bàn hành chính số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/conflicts.py" line="40"/>
        <source>This conference has conflicts. Give a reason to save it anyway.</source>
        <translation>Hội nghị này bị trùng lịch. Hãy nêu lý do để vẫn lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="170"/>
        <source>The duration must be longer than zero.</source>
        <translation>Thời lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="201"/>
        <source>A new conference is either a draft or scheduled.</source>
        <translation>Hội nghị mới chỉ có thể ở trạng thái dự thảo hoặc đã lên lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="235"/>
        <source>A conference that has been held, closed or cancelled can no longer be rescheduled; record its outcome instead.</source>
        <translation>Hội nghị đã tổ chức, đã hoàn tất hoặc đã hủy thì không thể đổi lịch; hãy ghi kết quả hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="273"/>
        <source>Say why the conference is postponed or cancelled; the invited people will be told.</source>
        <translation>Hãy nêu lý do hoãn hoặc hủy hội nghị; những người được mời sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="322"/>
        <source>Say why the conference is postponed.</source>
        <translation>Hãy nêu lý do hoãn hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="49"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>Số người tham dự không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="55"/>
        <source>A delegation has at least one person; leave it empty or give 1 or more.</source>
        <translation>Một đoàn có ít nhất một người; hãy để trống hoặc nhập từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="63"/>
        <source>Every issue raised needs a short summary.</source>
        <translation>Mỗi nội dung được nêu cần có tóm tắt ngắn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="81"/>
        <source>This conference has not started yet; record it once it has taken place.</source>
        <translation>Hội nghị chưa bắt đầu; hãy ghi kết quả sau khi hội nghị đã diễn ra.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="388"/>
        <source>Say why the conference is reopened; the reason is recorded in its timeline. Nothing was changed.</source>
        <translation>Hãy nêu lý do mở lại hội nghị; lý do được ghi vào diễn biến của hội nghị. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="399"/>
        <source>Only a head of the office can reopen a held or closed conference.</source>
        <translation>Chỉ lãnh đạo cơ quan mới được mở lại hội nghị đã diễn ra hoặc đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="408"/>
        <source>Only a held or closed conference can be reopened.</source>
        <translation>Chỉ có thể mở lại hội nghị đã diễn ra hoặc đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="474"/>
        <source>Give the conference a title.</source>
        <translation>Hãy nhập tiêu đề hội nghị.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="478"/>
        <source>The start and end need a time zone.</source>
        <translation>Thời gian bắt đầu và kết thúc cần có múi giờ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="483"/>
        <source>The conference ends before it starts; check the times.</source>
        <translation>Hội nghị có thời gian kết thúc trước thời gian bắt đầu; hãy kiểm tra lại thời gian.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="488"/>
        <source>The conference starts and ends at the same time.</source>
        <translation>Hội nghị có thời gian bắt đầu và kết thúc trùng nhau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="493"/>
        <source>The start is in the past. Choose a time from now on, or record a past session from its reception day.</source>
        <translation>Thời gian bắt đầu đã qua. Hãy chọn thời gian từ bây giờ trở đi, hoặc ghi nhận buổi tiếp đã diễn ra từ ngày tiếp công dân tương ứng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="505"/>
        <source>Every agenda item needs a title.</source>
        <translation>Mỗi nội dung trong chương trình cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="509"/>
        <source>An agenda item cannot last less than zero minutes.</source>
        <translation>Thời lượng của nội dung trong chương trình không được nhỏ hơn 0 phút.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="518"/>
        <source>A participant needs a name.</source>
        <translation>Người tham dự cần có họ tên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="553"/>
        <source>The venue chosen was removed meanwhile. Choose another venue.</source>
        <translation>Địa điểm đã chọn vừa bị xóa. Hãy chọn địa điểm khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="560"/>
        <source>The unit chosen was removed meanwhile. Choose it again.</source>
        <translation>Địa bàn đã chọn vừa bị xóa. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="568"/>
        <source>A leader chosen was removed from the register meanwhile. Choose again.</source>
        <translation>Một lãnh đạo đã chọn vừa bị xóa khỏi danh sách. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="576"/>
        <source>An agency chosen was removed meanwhile. Choose again.</source>
        <translation>Một cơ quan đã chọn vừa bị xóa. Hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="583"/>
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
        <location filename="../../dialogue_app/services/conferences/planning.py" line="96"/>
        <source>A draft conference cannot be postponed; schedule it first.</source>
        <translation>Không thể hoãn hội nghị ở trạng thái dự thảo; hãy lên lịch trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="99"/>
        <source>A conference that has been held cannot be postponed.</source>
        <translation>Không thể hoãn hội nghị đã tổ chức.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="102"/>
        <source>A closed conference cannot be postponed.</source>
        <translation>Không thể hoãn hội nghị đã hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/planning.py" line="105"/>
        <source>A cancelled conference cannot be postponed.</source>
        <translation>Không thể hoãn hội nghị đã hủy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="26"/>
        <source>Only a scheduled or held conference can be recorded (this one is a draft).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đang là dự thảo).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="30"/>
        <source>Only a scheduled or held conference can be recorded (this one is postponed).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đã hoãn).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="34"/>
        <source>Only a scheduled or held conference can be recorded (this one is closed).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đã hoàn tất).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/holding.py" line="38"/>
        <source>Only a scheduled or held conference can be recorded (this one is cancelled).</source>
        <translation>Chỉ ghi kết quả được cho hội nghị đã lên lịch hoặc đã tổ chức (hội nghị này đã hủy).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/queries.py" line="217"/>
        <location filename="../../dialogue_app/services/followup/service.py" line="28"/>
        <source>This conference no longer exists; somebody may have deleted it.</source>
        <translation>Hội nghị này không còn tồn tại; có thể đã bị người khác xóa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/status.py" line="52"/>
        <source>Somebody else changed this conference while you were editing it. Your changes were not saved; close the form, open the conference again and redo them.</source>
        <translation>Người khác đã thay đổi hội nghị này trong lúc anh/chị đang sửa. Các thay đổi của anh/chị chưa được lưu; hãy đóng biểu mẫu, mở lại hội nghị và thực hiện lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="94"/>
        <source>%1 is already a working day; a swapped working day must fall on a weekend or a holiday.</source>
        <translation>%1 đã là ngày làm việc; ngày làm bù phải rơi vào cuối tuần hoặc ngày nghỉ lễ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="106"/>
        <source>%1 is already a day off (weekend).</source>
        <translation>%1 đã là ngày nghỉ (cuối tuần).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="112"/>
        <source>%1 is already a day off (%2).</source>
        <translation>%1 đã là ngày nghỉ (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/working_days.py" line="138"/>
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
        <location filename="../../dialogue_app/services/cases/importing/write.py" line="70"/>
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
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="182"/>
        <source>Row %1, column %2: “%3” is not a real date; write it as dd/mm/yyyy, e.g. 15/03/2026.</source>
        <translation>Dòng %1, cột %2: “%3” không phải là ngày hợp lệ; hãy viết theo dạng dd/mm/yyyy, ví dụ 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="200"/>
        <source>Row %1, column %2: “%3” must be yes or no.</source>
        <translation>Dòng %1, cột %2: “%3” phải là “có” hoặc “không” (yes/no).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="215"/>
        <source>Row %1, column %2: “%3” is not an ID number: a CCCD number is exactly 12 digits.</source>
        <translation>Dòng %1, cột %2: “%3” không phải số định danh: số CCCD gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="268"/>
        <source>Row %1, column %2: %3 is in the future.</source>
        <translation>Dòng %1, cột %2: ngày %3 chưa đến.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="272"/>
        <source>Row %1, column %2: “%3” is not a status; use received, accepted, in_progress, resolved, transferred, guided, withdrawn.</source>
        <translation>Dòng %1, cột %2: “%3” không phải trạng thái hợp lệ; hãy dùng: tiếp nhận, thụ lý, đang giải quyết, đã giải quyết, chuyển đơn, hướng dẫn, rút đơn (hoặc received, accepted, in_progress, resolved, transferred, guided, withdrawn).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="310"/>
        <source>Row %1, column %2: the date the case was received is missing.</source>
        <translation>Dòng %1, cột %2: thiếu ngày tiếp nhận vụ việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="332"/>
        <source>Row %1, column %2: the citizen&apos;s name is missing.</source>
        <translation>Dòng %1, cột %2: thiếu họ tên công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="344"/>
        <source>Row %1, column %2: the type is missing (complaint, denunciation, recommendation or feedback).</source>
        <translation>Dòng %1, cột %2: thiếu loại đơn (khiếu nại, tố cáo, kiến nghị hoặc phản ánh).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="355"/>
        <source>Row %1, column %2: “%3” is not a type; use complaint, denunciation, recommendation or feedback.</source>
        <translation>Dòng %1, cột %2: “%3” không phải loại đơn hợp lệ; hãy dùng: khiếu nại, tố cáo, kiến nghị hoặc phản ánh (hoặc complaint, denunciation, recommendation, feedback).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="378"/>
        <source>Row %1, column %2: the case cannot be resolved before it was received.</source>
        <translation>Dòng %1, cột %2: ngày giải quyết không thể trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="390"/>
        <source>Row %1, column %2: a resolved case needs the date it was resolved.</source>
        <translation>Dòng %1, cột %2: vụ việc đã giải quyết phải có ngày giải quyết.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="411"/>
        <source>Row %1, column %2: “%3” must be 1 (first time) or 2 (second time).</source>
        <translation>Dòng %1, cột %2: “%3” phải là 1 (lần đầu) hoặc 2 (lần hai).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="532"/>
        <source>Row %1, column %2: the text is too long; at most %3 characters.</source>
        <translation>Dòng %1, cột %2: nội dung quá dài; tối đa %3 ký tự.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="537"/>
        <source>Row %1, column %2: the text contains an invisible control character (%3); delete it (type the cell again) and import the file again.</source>
        <translation>Dòng %1, cột %2: nội dung chứa một ký tự điều khiển không nhìn thấy được (%3); hãy xóa ký tự đó (gõ lại ô này) rồi nhập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="544"/>
        <source>Row %1, column %2: a case with status “%3” was never accepted; leave this cell empty or correct the status.</source>
        <translation>Dòng %1, cột %2: vụ việc có trạng thái “%3” chưa từng được thụ lý; hãy để trống ô này hoặc sửa lại trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="551"/>
        <source>Row %1, column %2: the case cannot be accepted before it was received (%3).</source>
        <translation>Dòng %1, cột %2: không thể thụ lý vụ việc trước ngày tiếp nhận (%3).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="557"/>
        <source>Row %1, column %2: the case cannot be accepted after it was resolved or closed (%3).</source>
        <translation>Dòng %1, cột %2: không thể thụ lý vụ việc sau ngày giải quyết hoặc kết thúc (%3).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="563"/>
        <source>Row %1, column %2: “%3” is not an outcome; use upheld, partly_upheld, rejected or answered.</source>
        <translation>Dòng %1, cột %2: “%3” không phải kết quả giải quyết hợp lệ; hãy dùng: đúng, đúng một phần, sai, đã trả lời (hoặc upheld, partly_upheld, rejected, answered).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="569"/>
        <source>Row %1, column %2: only a resolved case has an outcome, and this one is “%3”; leave this cell empty or correct the status.</source>
        <translation>Dòng %1, cột %2: chỉ vụ việc đã giải quyết mới có kết quả giải quyết, còn vụ việc này có trạng thái “%3”; hãy để trống ô này hoặc sửa lại trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="576"/>
        <source>Row %1, column %2: a resolved complaint or denunciation needs its outcome: upheld, partly_upheld, rejected or answered.</source>
        <translation>Dòng %1, cột %2: khiếu nại hoặc tố cáo đã giải quyết cần ghi kết quả giải quyết: đúng, đúng một phần, sai, đã trả lời (hoặc upheld, partly_upheld, rejected, answered).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="583"/>
        <source>Row %1, column %2: only an accepted denunciation has a date its denunciator was notified; leave this cell empty or correct the type or status.</source>
        <translation>Dòng %1, cột %2: chỉ tố cáo đã thụ lý mới có ngày thông báo thụ lý cho người tố cáo; hãy để trống ô này hoặc sửa lại loại đơn hoặc trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="590"/>
        <source>Row %1, column %2: the denunciator cannot be notified before the denunciation was accepted (%3).</source>
        <translation>Dòng %1, cột %2: không thể thông báo cho người tố cáo trước ngày thụ lý tố cáo (%3).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/parse.py" line="597"/>
        <source>Row %1, column %2: the denunciator&apos;s name is hidden in this file ([confidential]): type the name, or export the list again with the names of denunciators.</source>
        <translation>Dòng %1, cột %2: tên người tố cáo đã được che trong tệp này ([confidential]): hãy nhập tên, hoặc xuất lại danh sách có kèm tên người tố cáo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/write.py" line="79"/>
        <source>The database is busy (another import, or a large change by a colleague, is being saved); nothing was imported. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận (một lượt nhập khác, hoặc một thay đổi lớn của đồng nghiệp, đang được lưu); chưa có gì được nhập. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="171"/>
        <source>Row %1: this row was already imported as case %2 (received on %3, same citizen, type and summary); remove it from the file.</source>
        <translation>Dòng %1: dòng này đã được nhập trước đây thành vụ việc %2 (tiếp nhận ngày %3, cùng công dân, loại đơn và nội dung); hãy xóa dòng này khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="178"/>
        <source>Row %1 is the same case as row %2 (same received date, citizen, type and summary); remove one of them from the file.</source>
        <translation>Dòng %1 trùng với dòng %2 (cùng ngày tiếp nhận, công dân, loại đơn và nội dung); hãy xóa một trong hai dòng khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="185"/>
        <source>%1 of the %2 rows are already in the register: this file, or part of it, was imported before. Remove those rows from the file.</source>
        <translation>%1 trong số %2 dòng đã có trong sổ theo dõi: tệp này, hoặc một phần của nó, đã được nhập trước đây. Hãy xóa các dòng đó khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="192"/>
        <source>Row %1, column %2: case number %3 is already used by case %4 in the register; change it or leave it empty.</source>
        <translation>Dòng %1, cột %2: số vụ việc %3 đã được dùng cho vụ việc %4 trong sổ theo dõi; hãy đổi số khác hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/resolve.py" line="199"/>
        <source>Row %1, column %2: case number %3 is also on row %4; each case has its own number.</source>
        <translation>Dòng %1, cột %2: số vụ việc %3 cũng có ở dòng %4; mỗi vụ việc có một số riêng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/__init__.py" line="101"/>
        <source>Row %1 has more cells than the header has columns.</source>
        <translation>Dòng %1 có nhiều ô hơn số cột của dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/__init__.py" line="123"/>
        <source>The file has a header row but no cases below it.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có vụ việc nào bên dưới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/columns.py" line="147"/>
        <source>Row %1, column %2: unknown column (the headers the app&apos;s own export writes are accepted too). The columns are: received_on, citizen_name, national_id, address, commune, type, field, summary, within_competence, agency, status, resolved_on, remote_area, round, accepted_on, outcome, number, handler, notified_on, reception_mode, repeat_visit, eligible, prior_settlement, outside_action, reply_received_on, verdict, money_to_state, land_to_state, money_to_organisations, land_to_organisations, money_to_individuals, land_to_individuals, organisations_restored, individuals_restored, sanction_recommended, sanction_officials, investigation_people, investigation_officials, investigation_transferred.</source>
        <translation>Dòng %1, cột %2: cột không xác định (các tiêu đề do chính ứng dụng xuất ra cũng được nhận). Các cột được nhận là: Ngày tiếp nhận, Họ và tên, Số CCCD, Địa chỉ, Xã, phường, Loại đơn, Lĩnh vực, Nội dung tóm tắt, Thuộc thẩm quyền, Cơ quan giải quyết, Trạng thái, Ngày kết thúc, Vùng sâu, vùng xa, Lần giải quyết, Ngày thụ lý, Kết quả giải quyết, Số vụ việc, Cán bộ xử lý, Ngày thông báo thụ lý tố cáo, và các cột thống kê: Hình thức tiếp, Tiếp nhiều lần, Đủ điều kiện xử lý, Tình trạng giải quyết trước đó, Hình thức xử lý đơn không thuộc thẩm quyền, Ngày nhận văn bản phúc đáp, Kết luận, Tiền thu hồi về Nhà nước, Đất thu hồi về Nhà nước, Tiền trả lại cho tổ chức, Đất trả lại cho tổ chức, Tiền trả lại cho cá nhân, Đất trả lại cho cá nhân, Số tổ chức được khôi phục quyền lợi, Số cá nhân được khôi phục quyền lợi, Số người bị kiến nghị xử lý, Trong đó cán bộ bị kiến nghị, Chuyển cơ quan điều tra, Số người chuyển điều tra, Trong đó cán bộ (hoặc tên tiếng Anh: received_on, citizen_name, national_id, address, commune, type, field, summary, within_competence, agency, status, resolved_on, remote_area, round, accepted_on, outcome, number, handler, notified_on, reception_mode, repeat_visit, eligible, prior_settlement, outside_action, reply_received_on, verdict, money_to_state, land_to_state, money_to_organisations, land_to_organisations, money_to_individuals, land_to_individuals, organisations_restored, individuals_restored, sanction_recommended, sanction_officials, investigation_people, investigation_officials, investigation_transferred).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/columns.py" line="178"/>
        <source>Row %1, column %2: this column appears twice.</source>
        <translation>Dòng %1, cột %2: cột này xuất hiện hai lần.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/columns.py" line="194"/>
        <source>Row %1, column %2: this required column is missing.</source>
        <translation>Dòng %1, cột %2: thiếu cột bắt buộc này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="179"/>
        <source>Edited</source>
        <translation>Đã sửa thông tin vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="184"/>
        <source>case number</source>
        <translation>số vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="185"/>
        <source>date received</source>
        <translation>ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="186"/>
        <source>received through</source>
        <translation>hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="187"/>
        <source>conference</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="188"/>
        <source>type</source>
        <translation>loại đơn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="189"/>
        <source>field</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="190"/>
        <source>summary</source>
        <translation>nội dung tóm tắt</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="191"/>
        <source>commune</source>
        <translation>xã, phường</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="192"/>
        <source>competence</source>
        <translation>thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="193"/>
        <source>round</source>
        <translation>lần giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="194"/>
        <source>remote area</source>
        <translation>vùng sâu, vùng xa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="195"/>
        <source>complexity</source>
        <translation>mức độ phức tạp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="196"/>
        <source>group size</source>
        <translation>số người</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="197"/>
        <source>agency</source>
        <translation>cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="198"/>
        <source>handler</source>
        <translation>cán bộ xử lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="199"/>
        <source>citizens</source>
        <translation>công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="213"/>
        <source>Edited: </source>
        <translation>Đã sửa: </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="224"/>
        <source>Registered</source>
        <translation>Đã vào sổ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="226"/>
        <source>Registered; repeat of case %1</source>
        <translation>Đã vào sổ tiếp nhận; đơn trùng với vụ việc %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/queries.py" line="67"/>
        <source>Cannot sort by “%1”.</source>
        <translation>Không sắp xếp được theo “%1”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/service.py" line="150"/>
        <source>You are not allowed to see who made this denunciation (Law on Denunciations 2018). Ask the head of the office for the permission.</source>
        <translation>Anh/chị không có quyền xem thông tin người tố cáo (Luật Tố cáo năm 2018). Hãy đề nghị lãnh đạo cơ quan cấp quyền.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/attachments.py" line="50"/>
        <source>This attached file no longer exists.</source>
        <translation>Tệp đính kèm này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/queries.py" line="280"/>
        <location filename="../../dialogue_app/services/documents/records.py" line="267"/>
        <location filename="../../dialogue_app/services/documents/service.py" line="125"/>
        <source>Case %1 does not exist (it may have been deleted).</source>
        <translation>Vụ việc %1 không tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="82"/>
        <source>A case cannot repeat itself.</source>
        <translation>Một vụ việc không thể là đơn trùng lặp của chính nó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="113"/>
        <source>Case number %1 is already used by another case. Choose another.</source>
        <translation>Số vụ việc %1 đã được dùng cho vụ việc khác. Hãy chọn số khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="136"/>
        <source>The received date cannot be after the date the case was accepted.</source>
        <translation>Ngày tiếp nhận không thể sau ngày thụ lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="55"/>
        <source>Enter the date the case was resolved.</source>
        <translation>Hãy nhập ngày giải quyết vụ việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="60"/>
        <source>Choose the outcome: upheld, partly upheld, rejected or answered.</source>
        <translation>Hãy chọn kết quả: đúng, đúng một phần, sai hoặc đã trả lời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="67"/>
        <source>Enter the legal ground for refusing to accept the case.</source>
        <translation>Hãy nhập căn cứ pháp lý của việc không thụ lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="353"/>
        <source>The date cannot be in the future.</source>
        <translation>Ngày không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="357"/>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>Ngày %1 trước ngày tiếp nhận vụ việc (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="104"/>
        <source>A complaint or a denunciation is resolved as upheld, partly upheld or rejected, not “answered”.</source>
        <translation>Khiếu nại, tố cáo được kết luận là đúng, đúng một phần hoặc sai, không phải “Đã trả lời”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="141"/>
        <source>Use a status change to move the case along.</source>
        <translation>Hãy dùng “Chuyển trạng thái” để chuyển bước xử lý vụ việc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/attachments.py" line="25"/>
        <source>The file %1 is larger than 25 MB; attach a smaller scan or a PDF.</source>
        <translation>Tệp %1 lớn hơn 25 MB; hãy đính kèm bản quét nhỏ hơn hoặc tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="148"/>
        <source>Enter the number of the extension decision.</source>
        <translation>Hãy nhập số quyết định gia hạn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="197"/>
        <source>A closed case cannot be extended.</source>
        <translation>Vụ việc đã kết thúc thì không thể gia hạn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="124"/>
        <source>The name is too long (%1 characters at most); shorten it.</source>
        <translation>Tên quá dài (tối đa %1 ký tự); hãy rút gọn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="167"/>
        <source>Enter the field&apos;s name.</source>
        <translation>Hãy nhập tên lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="177"/>
        <source>Enter the agency&apos;s name.</source>
        <translation>Hãy nhập tên cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="200"/>
        <source>Enter the venue&apos;s name.</source>
        <translation>Hãy nhập tên địa điểm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="203"/>
        <source>The number of seats cannot be negative.</source>
        <translation>Số chỗ ngồi không thể là số âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/registers.py" line="221"/>
        <source>Enter the leader&apos;s full name.</source>
        <translation>Hãy nhập họ và tên lãnh đạo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="50"/>
        <source>A deadline must be at least one day.</source>
        <translation>Thời hạn phải ít nhất một ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="54"/>
        <source>Extensions cannot be negative.</source>
        <translation>Số lần hoặc số ngày gia hạn không thể âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="58"/>
        <source>Give the rule a short code.</source>
        <translation>Hãy đặt mã ngắn cho quy tắc.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="67"/>
        <source>This rule no longer exists.</source>
        <translation>Quy tắc này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/rules.py" line="72"/>
        <source>A rule with the code %1 exists already.</source>
        <translation>Đã có quy tắc mang mã %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="305"/>
        <source>Somebody else changed this case while you were editing it. Close it, open it again to see their changes, then make yours.</source>
        <translation>Người khác đã sửa vụ việc này trong lúc anh/chị đang chỉnh sửa. Hãy đóng lại, mở lại để xem thay đổi của họ, rồi sửa tiếp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="316"/>
        <source>A received case can only become accepted, transferred, guided, withdrawn or refused.</source>
        <translation>Vụ việc mới tiếp nhận chỉ có thể chuyển sang: thụ lý, chuyển đơn, hướng dẫn, rút đơn hoặc không thụ lý.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="320"/>
        <source>An accepted case can only become in progress, resolved or withdrawn.</source>
        <translation>Vụ việc đã thụ lý chỉ có thể chuyển sang: đang giải quyết, đã giải quyết hoặc rút đơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="323"/>
        <source>A case in progress can only become resolved or withdrawn.</source>
        <translation>Vụ việc đang giải quyết chỉ có thể chuyển sang: đã giải quyết hoặc rút đơn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="326"/>
        <source>A resolved case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã giải quyết là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="330"/>
        <source>A transferred case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã chuyển đơn là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="334"/>
        <source>A guided case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã hướng dẫn là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="338"/>
        <source>A withdrawn case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc đã rút đơn là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="342"/>
        <source>A refused case is closed; register a new case if the citizen petitions again.</source>
        <translation>Vụ việc không thụ lý là đã kết thúc; nếu công dân tiếp tục gửi đơn, hãy vào sổ vụ việc mới.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="232"/>
        <source>The chosen field no longer exists.</source>
        <translation>Lĩnh vực đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="233"/>
        <source>The chosen commune no longer exists.</source>
        <translation>Xã, phường đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="234"/>
        <source>The chosen agency no longer exists.</source>
        <translation>Cơ quan đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="235"/>
        <source>The chosen conference no longer exists.</source>
        <translation>Hội nghị đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="243"/>
        <source>The received date %1 is in the future.</source>
        <translation>Ngày tiếp nhận %1 chưa đến.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="249"/>
        <source>The round must be 1 (first time) or 2 (second time).</source>
        <translation>Lần khiếu nại phải là 1 (lần đầu) hoặc 2 (lần hai).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="254"/>
        <source>Complexity must be normal, complex or particularly complex.</source>
        <translation>Mức độ phải là: bình thường, phức tạp hoặc đặc biệt phức tạp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="264"/>
        <location filename="../../dialogue_app/services/cases/register.py" line="269"/>
        <source>Add at least one citizen.</source>
        <translation>Hãy thêm ít nhất một công dân.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="277"/>
        <source>Citizen %1: enter the full name.</source>
        <translation>Công dân thứ %1: hãy nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="285"/>
        <source>Citizen %1: the ID number “%2” must be exactly 12 digits.</source>
        <translation>Công dân thứ %1: số CCCD “%2” phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="294"/>
        <source>Citizen %1: the ID number %2 is listed twice.</source>
        <translation>Công dân thứ %1: số CCCD %2 bị ghi hai lần.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="303"/>
        <source>The group size (%1) is smaller than the number of citizens listed (%2).</source>
        <translation>Số người trong đoàn (%1) nhỏ hơn số công dân đã ghi (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="317"/>
        <source>A group of %1 people must choose %2 to %3 representatives (Decree 124/2020/NĐ-CP); %4 chosen.</source>
        <translation>Đoàn %1 người phải cử từ %2 đến %3 người đại diện (Nghị định 124/2020/NĐ-CP); hiện đã chọn %4.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="388"/>
        <source>The earlier case this one repeats no longer exists.</source>
        <translation>Vụ việc trước mà vụ việc này trùng lặp không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/register.py" line="393"/>
        <source>A denunciation can only repeat a denunciation, and another case only a case that is not one: the link would reveal who made the denunciation.</source>
        <translation>Đơn tố cáo chỉ được liên kết là trùng với đơn tố cáo, và đơn khác chỉ với đơn không phải tố cáo: liên kết như vậy sẽ làm lộ danh tính người tố cáo.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="379"/>
        <source>Only an accepted denunciation calls for notifying the denunciator. Accept the denunciation first.</source>
        <translation>Chỉ tố cáo đã được thụ lý mới phải thông báo cho người tố cáo. Hãy thụ lý tố cáo trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="388"/>
        <source>The denunciator was already notified on %1.</source>
        <translation>Người tố cáo đã được thông báo ngày %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/workflow.py" line="394"/>
        <source>The date %1 is before the denunciation was accepted (%2).</source>
        <translation>Ngày %1 trước ngày thụ lý tố cáo (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/rendering/attendance.py" line="128"/>
        <location filename="../../dialogue_app/rendering/documents.py" line="306"/>
        <location filename="../../dialogue_app/rendering/followup_pdf.py" line="132"/>
        <location filename="../../dialogue_app/rendering/form_pdf.py" line="92"/>
        <location filename="../../dialogue_app/rendering/report_pdf.py" line="116"/>
        <source>Choose a file name ending in .pdf.</source>
        <translation>Hãy chọn tên tệp có đuôi .pdf.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/citizens.py" line="65"/>
        <source>A citizen chosen was removed from the register meanwhile; choose them again.</source>
        <translation>Một công dân đã chọn vừa bị xóa khỏi danh sách công dân; hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/citizens.py" line="129"/>
        <source>The ID number “%1” of %2 must be exactly 12 digits.</source>
        <translation>Số CCCD “%1” của %2 phải gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="112"/>
        <source>Somebody else changed this record while you were working on it, so your changes were not saved. Open the record again to see the latest version, then redo your changes.</source>
        <translation>Người khác đã thay đổi bản ghi này trong lúc anh/chị đang làm việc với nó, nên các thay đổi của anh/chị chưa được lưu. Hãy mở lại bản ghi để xem phiên bản mới nhất, rồi thực hiện lại các thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="117"/>
        <source>Somebody else saved this record while you were editing it. Nothing of yours was saved yet: compare their version with yours and choose what to keep.</source>
        <translation>Người khác đã lưu bản ghi này trong lúc bạn đang sửa. Thay đổi của bạn chưa được lưu: hãy so sánh bản của người kia với bản của bạn và chọn giữ bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="122"/>
        <source>This was not saved: the database already holds a record with the same number or ID number (somebody may have just saved it). Check the numbers, then try again.</source>
        <translation>Chưa lưu được: cơ sở dữ liệu đã có một bản ghi trùng số hoặc trùng số định danh (có thể người khác vừa lưu). Hãy kiểm tra lại các số, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="127"/>
        <source>This was not saved: it refers to a record somebody else has just deleted, or the record is still used by others. Refresh the list, then try again.</source>
        <translation>Chưa lưu được: dữ liệu này liên quan đến một bản ghi người khác vừa xóa, hoặc bản ghi vẫn đang được dữ liệu khác sử dụng. Hãy tải lại danh sách, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="132"/>
        <source>This was not saved: a required value is missing or a value is not allowed. Check the form, then try again.</source>
        <translation>Chưa lưu được: thiếu một thông tin bắt buộc hoặc có giá trị không được phép. Hãy kiểm tra lại biểu mẫu, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="137"/>
        <source>This was not saved: a value is longer than the database allows. Shorten the long texts (names, numbers, addresses), then try again.</source>
        <translation>Chưa lưu được: có một giá trị dài hơn mức cơ sở dữ liệu cho phép. Hãy rút gọn các nội dung dài (họ tên, số, địa chỉ), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="142"/>
        <source>This was not saved: a value is not of the kind the database expects. Check the form, then try again.</source>
        <translation>Chưa lưu được: có một giá trị không đúng kiểu cơ sở dữ liệu yêu cầu. Hãy kiểm tra lại biểu mẫu, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="147"/>
        <source>The database cannot be reached: the connection to the database server failed or was lost. Nothing was saved. Check the network and that the server is running, then try again; if it goes on, ask your IT staff.</source>
        <translation>Không truy cập được cơ sở dữ liệu: không kết nối được hoặc đã mất kết nối tới máy chủ cơ sở dữ liệu. Chưa có gì được lưu. Hãy kiểm tra mạng và máy chủ có đang hoạt động không, rồi thử lại; nếu vẫn không được, hãy liên hệ cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="153"/>
        <source>The connection to the office database was lost, so this was not saved. Try again in a moment: Dialogue Desk reconnects by itself. If it goes on, check the network or ask your IT staff.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu của cơ quan nên việc này chưa được lưu. Hãy thử lại sau giây lát: Dialogue Desk sẽ tự kết nối lại. Nếu vẫn không được, hãy kiểm tra mạng hoặc liên hệ cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="159"/>
        <source>The connection to the office database was lost just as this was being saved, so it may or may not have been saved. Check the record once the connection is back before saving it again.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu của cơ quan đúng lúc đang lưu, nên không biết đã lưu được hay chưa. Khi có kết nối trở lại, hãy kiểm tra bản ghi trước khi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="165"/>
        <source>The database file cannot be opened any more (was it moved or deleted, or its drive or network folder removed?). Nothing was saved. Close Dialogue Desk and open it again; if the file is lost, restore a backup.</source>
        <translation>Không mở được tệp cơ sở dữ liệu nữa (tệp đã bị di chuyển hoặc xóa, hay ổ đĩa hoặc thư mục mạng chứa tệp đã bị ngắt?). Chưa có gì được lưu. Hãy đóng Dialogue Desk rồi mở lại; nếu tệp đã mất, hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="171"/>
        <source>The database is busy: somebody else is saving. Nothing was saved; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: người khác đang lưu dữ liệu. Chưa có gì được lưu; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="175"/>
        <source>The disk that holds the database is full. Nothing was saved. Free some space (or ask your IT staff to), then try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy. Chưa có gì được lưu. Hãy giải phóng bớt dung lượng (hoặc đề nghị cán bộ công nghệ thông tin làm việc này), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="180"/>
        <source>The database can only be read, not changed (a read-only file or server). Nothing was saved. Ask your IT staff for write access.</source>
        <translation>Cơ sở dữ liệu chỉ cho phép đọc, không cho phép thay đổi (tệp hoặc máy chủ chỉ đọc). Chưa có gì được lưu. Hãy đề nghị cán bộ công nghệ thông tin cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="185"/>
        <source>The database file is damaged. Nothing was saved. Close Dialogue Desk and restore a backup (dialogue-app restore --latest).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Chưa có gì được lưu. Hãy đóng Dialogue Desk và khôi phục từ bản sao lưu (dialogue-app restore --latest).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="190"/>
        <source>The database could not do this. Nothing was saved. Try again; if it happens again, send the log file to your IT staff.</source>
        <translation>Cơ sở dữ liệu không thực hiện được thao tác này. Chưa có gì được lưu. Hãy thử lại; nếu lỗi lặp lại, hãy gửi tệp nhật ký cho cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="195"/>
        <source>The disk is full. Nothing was saved. Free some space, then try again.</source>
        <translation>Ổ đĩa đã đầy. Chưa có gì được lưu. Hãy giải phóng bớt dung lượng, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="198"/>
        <source>A file could not be read or written (%1). Nothing was saved. Check the drive or folder, then try again.</source>
        <translation>Không đọc hoặc ghi được một tệp (%1). Chưa có gì được lưu. Hãy kiểm tra ổ đĩa hoặc thư mục, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="203"/>
        <source>There is not enough memory for this. Close other programs, then try again.</source>
        <translation>Không đủ bộ nhớ để thực hiện thao tác này. Hãy đóng bớt các chương trình khác, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/errors.py" line="207"/>
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
        <location filename="../../dialogue_app/services/documents/checks.py" line="18"/>
        <source>The conference has no venue. Choose its venue first; nothing was numbered.</source>
        <translation>Hội nghị chưa có địa điểm. Hãy chọn địa điểm trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="21"/>
        <source>The conference has no start time. Set it first; nothing was numbered.</source>
        <translation>Hội nghị chưa có thời gian bắt đầu. Hãy nhập thời gian trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="24"/>
        <source>The conference has no chairing leader. Add the chair first; nothing was numbered.</source>
        <translation>Hội nghị chưa có người chủ trì. Hãy thêm người chủ trì trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="28"/>
        <source>The conference has not been held yet. Record it as held first; nothing was numbered.</source>
        <translation>Hội nghị chưa được tổ chức. Hãy ghi nhận hội nghị đã tổ chức trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="32"/>
        <source>The conference is cancelled, so no invitation can be issued. Send its cancellation instead; nothing was numbered.</source>
        <translation>Hội nghị đã bị hủy nên không thể ban hành giấy mời. Hãy gửi thông báo hủy thay thế; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="37"/>
        <source>The case has no citizen who filed it. Add the citizen first; nothing was numbered.</source>
        <translation>Vụ việc chưa có người gửi đơn. Hãy thêm công dân trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="41"/>
        <source>The case has no agency to send it to. Choose the agency first; nothing was numbered.</source>
        <translation>Vụ việc chưa có cơ quan nhận. Hãy chọn cơ quan trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="45"/>
        <source>The case has not been accepted (no date of acceptance). Accept it first; nothing was numbered.</source>
        <translation>Vụ việc chưa được thụ lý (chưa có ngày thụ lý). Hãy thụ lý trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="50"/>
        <source>The case has no ground for refusal. Record the refusal and its ground first; nothing was numbered.</source>
        <translation>Vụ việc chưa có lý do không thụ lý. Hãy ghi nhận việc không thụ lý và lý do trước; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="55"/>
        <source>The case has no deadline to urge about; nothing was numbered.</source>
        <translation>Vụ việc chưa có thời hạn giải quyết để đôn đốc; chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="58"/>
        <source>This notice is for a denunciation only; the case is of another type. Nothing was numbered.</source>
        <translation>Thông báo này chỉ dùng cho đơn tố cáo; vụ việc thuộc loại khác. Chưa có số văn bản nào được cấp.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="68"/>
        <source>The case is already resolved, so a %1 makes no sense. Issue the notice of its result or reopen the case if it must go on; nothing was numbered.</source>
        <translation>Vụ việc đã được giải quyết xong nên không lập %1 được nữa. Hãy ra thông báo kết quả giải quyết, hoặc mở lại vụ việc nếu cần tiếp tục; chưa cấp số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="73"/>
        <source>The citizen withdrew the case, so a %1 makes no sense. Only a copy of the appointment slip can still be issued; nothing was numbered.</source>
        <translation>Công dân đã rút đơn nên không lập %1 được nữa. Chỉ còn có thể cấp lại bản phiếu hẹn; chưa cấp số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="78"/>
        <source>The case was refused (not accepted), so a %1 makes no sense. Issue the refusal notice instead; nothing was numbered.</source>
        <translation>Vụ việc đã bị từ chối (không thụ lý) nên không lập %1 được. Hãy ra thông báo không thụ lý; chưa cấp số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="83"/>
        <source>The case was accepted for settlement here, so a %1 makes no sense. Issue the acceptance notice, or the urge letter if its agency is late; nothing was numbered.</source>
        <translation>Vụ việc đã được thụ lý giải quyết tại đây nên không lập %1 được. Hãy ra thông báo thụ lý, hoặc văn bản đôn đốc nếu cơ quan giải quyết chậm; chưa cấp số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="88"/>
        <source>The conference has already been held, so a %1 makes no sense. Issue its minutes or conclusion notice instead; nothing was numbered.</source>
        <translation>Hội nghị đã được tổ chức xong nên không lập %1 được nữa. Hãy lập biên bản hoặc thông báo kết luận của hội nghị; chưa cấp số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="93"/>
        <source>The case was guided or transferred to another body, so a %1 makes no sense. Issue the guidance or transfer slip instead; nothing was numbered.</source>
        <translation>Vụ việc đã được hướng dẫn hoặc chuyển đến cơ quan khác nên không lập %1 được. Hãy lập phiếu hướng dẫn hoặc phiếu chuyển đơn; chưa cấp số văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="118"/>
        <source>The office has no signer for its documents. Add one in Settings, Documents.</source>
        <translation>Cơ quan chưa có người ký văn bản. Hãy thêm người ký trong Cài đặt, mục Văn bản.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="126"/>
        <source>Choose one of the office&apos;s signers.</source>
        <translation>Hãy chọn một trong các người ký của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="142"/>
        <source>The letterhead has no issuing body. Complete it in Settings, Documents, first.</source>
        <translation>Tiêu đề văn bản chưa có cơ quan ban hành. Hãy hoàn thiện trong Cài đặt, mục Văn bản trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="146"/>
        <source>The letterhead has no issuer&apos;s code for document numbers (e.g. UBND). Complete it in Settings, Documents, first.</source>
        <translation>Tiêu đề văn bản chưa có chữ viết tắt tên cơ quan dùng trong số văn bản (ví dụ UBND). Hãy hoàn thiện trong Cài đặt, mục Văn bản trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/checks.py" line="151"/>
        <source>The letterhead has no place name for the date line. Complete it in Settings, Documents, first.</source>
        <translation>Tiêu đề văn bản chưa có địa danh cho dòng ngày tháng. Hãy hoàn thiện trong Cài đặt, mục Văn bản trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/records.py" line="141"/>
        <location filename="../../dialogue_app/services/documents/service.py" line="116"/>
        <source>Conference %1 does not exist (it may have been deleted).</source>
        <translation>Hội nghị %1 không tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/service.py" line="67"/>
        <location filename="../../dialogue_app/services/documents/service.py" line="222"/>
        <source>Issued: %1 %2</source>
        <translation>Đã ban hành: %1 số %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/service.py" line="176"/>
        <source>A document cannot be issued with a future date.</source>
        <translation>Không thể ban hành văn bản với ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/service.py" line="381"/>
        <source>Issued document %1 does not exist.</source>
        <translation>Văn bản đã ban hành %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/service.py" line="372"/>
        <location filename="../../dialogue_app/services/documents/service.py" line="387"/>
        <source>Document %1 names a denunciator; you are not allowed to open it (Law on Denunciations 2018). Ask the head of the office.</source>
        <translation>Văn bản %1 có thông tin người tố cáo; bạn không có quyền mở văn bản này (Luật Tố cáo năm 2018). Hãy liên hệ lãnh đạo cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/service.py" line="420"/>
        <source>The period starts after it ends: check the two dates.</source>
        <translation>Ngày bắt đầu của kỳ sau ngày kết thúc: hãy kiểm tra lại hai ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/service.py" line="475"/>
        <source>The template cannot be filled (%1). Correct it in Word and load it again; the current template stays.</source>
        <translation>Không thể điền dữ liệu vào mẫu (%1). Hãy sửa mẫu trong Word rồi tải lại; mẫu đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/word.py" line="446"/>
        <source>This file is not a Word document (.docx). Save it in Word as a .docx and load it again; the current template stays.</source>
        <translation>Tệp này không phải văn bản Word (.docx). Hãy lưu lại trong Word dưới dạng .docx rồi tải lại; mẫu đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/word.py" line="458"/>
        <source>The template has a broken field (%1, line %2). Correct it in Word and load it again; the current template stays.</source>
        <translation>Mẫu có trường bị lỗi (%1, dòng %2). Hãy sửa trong Word rồi tải lại; mẫu đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/word.py" line="469"/>
        <source>This Word document cannot be read (%1). Save it again in Word as a .docx; the current template stays.</source>
        <translation>Không đọc được văn bản Word này (%1). Hãy lưu lại trong Word dưới dạng .docx; mẫu đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/documents/word.py" line="480"/>
        <source>The template uses fields this document does not have: %1. Remove or correct them in Word; the current template stays.</source>
        <translation>Mẫu dùng các trường mà văn bản này không có: %1. Hãy xóa hoặc sửa các trường đó trong Word; mẫu đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="137"/>
        <source>A recovered or returned amount cannot be negative (%1). Enter 0 or leave it empty.</source>
        <translation>Số tiền, diện tích đất thu hồi hoặc trả lại không được âm (%1). Hãy nhập 0 hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="148"/>
        <source>A number of people or organisations cannot be negative.</source>
        <translation>Số người hoặc số tổ chức không được âm.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="155"/>
        <source>More officials than people recommended for sanction: the officials are counted among those people.</source>
        <translation>Số cán bộ, công chức nhiều hơn số người bị kiến nghị xử lý: cán bộ, công chức được tính trong số người đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="164"/>
        <source>More officials than people transferred to the investigation agency: the officials are counted among those people.</source>
        <translation>Số cán bộ, công chức nhiều hơn số người chuyển cơ quan điều tra: cán bộ, công chức được tính trong số người đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="173"/>
        <source>People are transferred to the investigation agency but the case is not: tick “transferred to the investigation agency” or enter 0 people.</source>
        <translation>Có người được chuyển cơ quan điều tra nhưng vụ việc thì không: hãy đánh dấu “Chuyển cơ quan điều tra” hoặc nhập 0 người.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="183"/>
        <source>This petition was withdrawn, so it was not settled by a decision: clear the verdict, or change the status if a decision was issued.</source>
        <translation>Đơn này đã được rút nên không giải quyết bằng quyết định: hãy bỏ kết luận, hoặc đổi trạng thái nếu đã ban hành quyết định.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="192"/>
        <source>Only complaints and denunciations are settled with a verdict; clear it.</source>
        <translation>Chỉ khiếu nại và tố cáo mới có kết luận đúng, sai; hãy bỏ kết luận.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="200"/>
        <source>Upholding or annulling a first decision is a second-round outcome; this is a first-round case. Choose right, wrong or partly right, or set the round to 2.</source>
        <translation>Công nhận hoặc hủy quyết định lần đầu là kết quả giải quyết lần hai; vụ việc này giải quyết lần đầu. Hãy chọn đúng, sai hoặc đúng một phần, hoặc đặt lần giải quyết là 2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="210"/>
        <source>A second-round complaint ends by upholding or annulling (amending) the first decision; choose one of those.</source>
        <translation>Khiếu nại lần hai kết thúc bằng việc công nhận hoặc hủy, sửa quyết định lần đầu; hãy chọn một trong hai.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="219"/>
        <source>Guiding, transferring or urging applies only to petitions outside the office&apos;s competence; clear it or untick “within competence”.</source>
        <translation>Hướng dẫn, chuyển đơn hoặc đôn đốc chỉ áp dụng cho đơn không thuộc thẩm quyền; hãy bỏ lựa chọn này hoặc bỏ đánh dấu “Thuộc thẩm quyền”.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="229"/>
        <source>A written reply is recorded only for a petition transferred to another body.</source>
        <translation>Chỉ ghi văn bản phúc đáp cho đơn đã chuyển đến cơ quan khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/domain/forms/facts.py" line="237"/>
        <source>The reply cannot arrive (%1) before the petition (%2).</source>
        <translation>Văn bản phúc đáp (%1) không thể đến trước ngày nhận đơn (%2).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/service.py" line="153"/>
        <source>The dump folder %1 does not exist or cannot be reached. Choose the folder where the office&apos;s pg_dump files are written.</source>
        <translation>Thư mục kết xuất %1 không tồn tại hoặc không truy cập được. Hãy chọn thư mục nơi ghi các tệp pg_dump của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/service.py" line="187"/>
        <source>Backups by Dialogue Desk are for the embedded SQLite database. For PostgreSQL schedule pg_dump on the server (see Settings, Backups).</source>
        <translation>Chức năng sao lưu của Dialogue Desk dành cho cơ sở dữ liệu SQLite nhúng. Với PostgreSQL, hãy lập lịch pg_dump trên máy chủ (xem Thiết lập, mục Sao lưu).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/service.py" line="232"/>
        <source>There is no backup in %1 yet.</source>
        <translation>Chưa có bản sao lưu nào trong %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/settings.py" line="63"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/backups/settings.py" line="71"/>
        <source>Keep at least one daily, weekly or monthly backup.</source>
        <translation>Hãy giữ lại ít nhất một bản sao lưu hằng ngày, hằng tuần hoặc hằng tháng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="56"/>
        <source>The calendar server has no calendar at %1. Create it there (the app can do it for you), or check the address.</source>
        <translation>Máy chủ lịch chưa có lịch tại %1. Hãy tạo lịch đó (ứng dụng có thể tạo giúp), hoặc kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="94"/>
        <source>“%1” is not a web address. Copy the calendar&apos;s address from the server (it starts with https:// or http://).</source>
        <translation>“%1” không phải là địa chỉ web. Hãy sao chép địa chỉ lịch từ máy chủ (bắt đầu bằng https:// hoặc http://).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="134"/>
        <source>The server %1 does not let this account use %2. Check the address (it must be a calendar of the account, or shared with it), or ask the IT staff.</source>
        <translation>Máy chủ %1 không cho tài khoản này dùng %2. Hãy kiểm tra địa chỉ (phải là lịch của tài khoản, hoặc lịch được chia sẻ cho tài khoản), hoặc hỏi cán bộ công nghệ thông tin.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="143"/>
        <source>The server %1 refused the account name or the password. Check them in Settings → Calendars and mail (a changed password must be entered again).</source>
        <translation>Máy chủ %1 từ chối tên tài khoản hoặc mật khẩu. Hãy kiểm tra trong Cài đặt → Lịch và thư điện tử (mật khẩu đã đổi phải nhập lại).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="152"/>
        <source>The server %1 did not answer within %2 seconds. Try again later, or ask the IT staff whether it is running.</source>
        <translation>Máy chủ %1 không trả lời trong %2 giây. Hãy thử lại sau, hoặc hỏi cán bộ tin học xem máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="162"/>
        <source>Cannot reach the server %1. Check the address and the network connection, then try again.</source>
        <translation>Không kết nối được máy chủ %1. Hãy kiểm tra địa chỉ và kết nối mạng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="175"/>
        <source>There is no calendar at %1. Check the address: copy it from the calendar&apos;s settings on the server (Nextcloud: “Copy private link”; Zimbra: the calendar&apos;s CalDAV address).</source>
        <translation>Không có lịch nào tại %1. Hãy kiểm tra địa chỉ: sao chép từ phần cài đặt của lịch trên máy chủ (Nextcloud: “Copy private link”; Zimbra: địa chỉ CalDAV của lịch).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="194"/>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="257"/>
        <source>The server answered %1 for %2. Check the address.</source>
        <translation>Máy chủ trả lời mã %1 cho %2. Hãy kiểm tra địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="201"/>
        <source>%1 is a folder on the server but not a calendar. Give the address of a calendar (create one on the server first).</source>
        <translation>%1 là một thư mục trên máy chủ nhưng không phải là lịch. Hãy nhập địa chỉ của một lịch (tạo lịch trên máy chủ trước).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="238"/>
        <source>The server %1 does not let this account create the calendar %2. Ask the server&apos;s administrator (the IT staff) to create it, or give the address of a calendar that exists. Nothing was published.</source>
        <translation>Máy chủ %1 không cho tài khoản này tạo lịch %2. Hãy nhờ người quản trị máy chủ (cán bộ công nghệ thông tin) tạo lịch, hoặc nhập địa chỉ của một lịch đã có. Chưa đăng gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="249"/>
        <source>Something that is not a calendar already exists at %1, so no calendar can be created there. Choose another address. Nothing was published.</source>
        <translation>Tại %1 đã có một mục không phải là lịch nên không thể tạo lịch ở đó. Hãy chọn địa chỉ khác. Chưa đăng gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="258"/>
        <source>The folder that should hold the calendar %1 does not exist on the server. Check the address (it usually ends with your account&apos;s name and the calendar&apos;s name). Nothing was published.</source>
        <translation>Trên máy chủ không có thư mục chứa lịch %1. Hãy kiểm tra địa chỉ (thường kết thúc bằng tên tài khoản và tên lịch). Chưa đăng gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/caldav_link.py" line="267"/>
        <source>The server %1 refused to create the calendar %2 (answer %3). Ask the IT staff, or create the calendar on the server. Nothing was published.</source>
        <translation>Máy chủ %1 từ chối tạo lịch %2 (mã trả lời %3). Hãy hỏi cán bộ công nghệ thông tin, hoặc tạo lịch trên máy chủ. Chưa đăng gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="52"/>
        <source>No mail server is set up. Enter the office&apos;s SMTP server in Settings → Calendars and mail, or save the invitation as an .eml file instead.</source>
        <translation>Chưa cài đặt máy chủ thư. Hãy nhập máy chủ SMTP của cơ quan trong Cài đặt → Lịch và thư điện tử, hoặc lưu giấy mời thành tệp .eml.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="81"/>
        <source>No calendar server is set up. Enter the address of the office&apos;s CalDAV calendar in Settings → Calendars and mail.</source>
        <translation>Chưa cài đặt máy chủ lịch. Hãy nhập địa chỉ lịch CalDAV của cơ quan trong Cài đặt → Lịch và thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="97"/>
        <source>No password is kept for the account %1 on this computer. Enter it in Settings → Calendars and mail (on the command line: --password-env).</source>
        <translation>Máy tính này chưa lưu mật khẩu của tài khoản %1. Hãy nhập trong Cài đặt → Lịch và thư điện tử (trên dòng lệnh: --password-env).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="158"/>
        <source>“%1” is not a server name. Write only the name, such as mail.hatinh.gov.vn.</source>
        <translation>“%1” không phải là tên máy chủ. Chỉ ghi tên, ví dụ mail.hatinh.gov.vn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="167"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Cổng phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="172"/>
        <source>The waiting time must be from 1 to 600 seconds.</source>
        <translation>Thời gian chờ phải từ 1 đến 600 giây.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="184"/>
        <source>The folder of “%1” does not exist. Choose a folder on this computer or a shared drive.</source>
        <translation>Thư mục của “%1” không tồn tại. Hãy chọn một thư mục trên máy này hoặc ổ dùng chung.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="196"/>
        <location filename="../../dialogue_app/services/calendar_exchange/link_settings.py" line="205"/>
        <source>Enter the server and the account name with the password.</source>
        <translation>Hãy nhập máy chủ và tên tài khoản cùng với mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="80"/>
        <source>The mail server %1 does not offer STARTTLS. Choose SSL (usually port 465) in Settings → Calendars and mail, or ask the IT staff.</source>
        <translation>Máy chủ thư %1 không hỗ trợ STARTTLS. Hãy chọn SSL (thường là cổng 465) trong Cài đặt → Lịch và thư điện tử, hoặc hỏi cán bộ tin học.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="96"/>
        <source>The mail server %1 refused the account %2 or its password. Check them in Settings → Calendars and mail. Nothing was sent.</source>
        <translation>Máy chủ thư %1 từ chối tài khoản %2 hoặc mật khẩu. Hãy kiểm tra trong Cài đặt → Lịch và thư điện tử. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="106"/>
        <source>The mail server refused every address: %1. Correct them; nothing was sent.</source>
        <translation>Máy chủ thư từ chối tất cả địa chỉ: %1. Hãy sửa lại; chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="114"/>
        <source>The mail server refused to send as %1. Use the office&apos;s own address as the organizer e-mail (Settings → Office), or ask the IT staff. Nothing was sent.</source>
        <translation>Máy chủ thư không cho gửi với tư cách %1. Hãy dùng địa chỉ thư của chính cơ quan làm thư người tổ chức (Cài đặt → Cơ quan), hoặc hỏi cán bộ tin học. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="123"/>
        <source>The mail server %1 did not answer within %2 seconds. Nothing was sent; try again later.</source>
        <translation>Máy chủ thư %1 không trả lời trong %2 giây. Chưa gửi gì; hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="133"/>
        <source>A secure connection to the mail server %1 failed. Check the port and the choice of STARTTLS or SSL in Settings → Calendars and mail. Nothing was sent.</source>
        <translation>Không lập được kết nối bảo mật đến máy chủ thư %1. Hãy kiểm tra cổng và lựa chọn STARTTLS hay SSL trong Cài đặt → Lịch và thư điện tử. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/mail.py" line="142"/>
        <source>Cannot send through the mail server %1. Check its name and port in Settings → Calendars and mail and the network connection. Nothing was sent.</source>
        <translation>Không gửi được qua máy chủ thư %1. Hãy kiểm tra tên, cổng trong Cài đặt → Lịch và thư điện tử và kết nối mạng. Chưa gửi gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/passwords.py" line="17"/>
        <source>This computer has no password store (such as Windows Credential Manager or the macOS Keychain), so the password cannot be kept safely and was not saved. Install or unlock a password store, or give the password each time (on the command line: --password-env).</source>
        <translation>Máy tính này không có kho mật khẩu (như Windows Credential Manager hay macOS Keychain) nên không thể giữ mật khẩu an toàn và mật khẩu chưa được lưu. Hãy cài đặt hoặc mở khóa kho mật khẩu, hoặc nhập mật khẩu mỗi lần dùng (trên dòng lệnh: --password-env).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="126"/>
        <source>Refresh at most every %1 minutes, so the server is not flooded.</source>
        <translation>Chỉ đọc lại tối đa %1 phút một lần để máy chủ không bị quá tải.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="177"/>
        <source>There is no calendar subscription number %1.</source>
        <translation>Không có lịch theo dõi số %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="248"/>
        <source>Nothing is published at %1 (the server answered 404). The address may have changed: ask for the calendar&apos;s current address.</source>
        <translation>Không có gì được công bố tại %1 (máy chủ trả lời 404). Địa chỉ có thể đã thay đổi: hãy hỏi địa chỉ hiện tại của lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="263"/>
        <source>%1 does not give a calendar (an .ics feed starts with BEGIN:VCALENDAR); it may be a web page. Copy the calendar&apos;s .ics address (Outlook: “Publish calendar”, ICS link; Google: “Secret address in iCal format”).</source>
        <translation>%1 không trả về lịch (nguồn .ics bắt đầu bằng BEGIN:VCALENDAR); có thể đó là một trang web. Hãy sao chép địa chỉ .ics của lịch (Outlook: “Publish calendar”, liên kết ICS; Google: “Địa chỉ bí mật ở định dạng iCal”).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/calendar_exchange/subscriptions.py" line="290"/>
        <source>The calendar at %1 holds an entry that cannot be read, so none of it was used. Ask its owner to open and save the broken entry again.</source>
        <translation>Lịch tại %1 có một mục không đọc được nên không dùng phần nào của lịch. Hãy nhờ chủ lịch mở và lưu lại mục bị lỗi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="86"/>
        <source>The handover archive holds the whole record, denunciators included, and this account may not read all of it. Export or import it with the account that owns the database (the one that created it). Nothing was done.</source>
        <translation>Hồ sơ bàn giao chứa toàn bộ dữ liệu, kể cả thông tin người tố cáo, mà tài khoản này không được xem hết. Hãy xuất hoặc nhập hồ sơ bằng tài khoản sở hữu cơ sở dữ liệu (tài khoản đã tạo ra nó). Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="172"/>
        <source>%1 already exists and is not an empty folder. Choose a new folder name, or a file name ending in .zip.</source>
        <translation>%1 đã tồn tại và không phải là thư mục trống. Hãy chọn tên thư mục mới, hoặc tên tệp có đuôi .zip.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="295"/>
        <source>%1 is not a handover archive of Dialogue Desk (a damaged or other zip file). Nothing was imported.</source>
        <translation>%1 không phải là gói bàn giao dữ liệu của Dialogue Desk (tệp zip bị hỏng hoặc của chương trình khác). Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="307"/>
        <source>%1 is not a handover archive of Dialogue Desk (its manifest.json is missing or unreadable). Nothing was imported.</source>
        <translation>%1 không phải là gói bàn giao dữ liệu của Dialogue Desk (thiếu tệp manifest.json hoặc không đọc được). Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="316"/>
        <source>%1 is not a handover archive of Dialogue Desk. Nothing was imported.</source>
        <translation>%1 không phải là gói bàn giao dữ liệu của Dialogue Desk. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="334"/>
        <source>%1 was exported at schema %2, but this database is at schema %3. Import it with the version of Dialogue Desk that exported it, then upgrade. Nothing was imported.</source>
        <translation>%1 được xuất ở lược đồ %2, nhưng cơ sở dữ liệu này ở lược đồ %3. Hãy nhập bằng phiên bản Dialogue Desk đã xuất gói này, rồi nâng cấp. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="357"/>
        <source>This database already holds the office&apos;s records. Import a handover archive only into a new, empty database. Nothing was imported.</source>
        <translation>Cơ sở dữ liệu này đã có hồ sơ của cơ quan. Chỉ nhập gói bàn giao vào một cơ sở dữ liệu mới, còn trống. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="382"/>
        <source>The archive&apos;s table %1 holds %2 rows, but its manifest says %3: the archive is incomplete. Nothing was imported.</source>
        <translation>Bảng %1 trong gói có %2 dòng, nhưng tệp kê khai ghi %3: gói dữ liệu không đầy đủ. Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="407"/>
        <source>The archive&apos;s table %1 has columns this version does not know (%2). Nothing was imported.</source>
        <translation>Bảng %1 trong gói có các cột mà phiên bản này không biết (%2). Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/handover/archive.py" line="426"/>
        <source>Row %2 of the archive&apos;s table %1 cannot be read (%3). Nothing was imported.</source>
        <translation>Không đọc được dòng %2 của bảng %1 trong gói (%3). Chưa nhập gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/result.py" line="101"/>
        <source>Form %1 does not add up in the row “%2”: %3 does not hold. Nothing was exported; check the facts recorded on the cases of that row.</source>
        <translation>Biểu %1 không khớp ở dòng “%2”: đẳng thức %3 không đúng. Chưa xuất gì; hãy kiểm tra thông tin thống kê đã ghi trên các vụ việc của dòng đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="99"/>
        <source>There is no form “%1”; the forms are %2.</source>
        <translation>Không có biểu “%1”; các biểu là %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="185"/>
        <source>Form %1 for a period starting on %2 cannot be filled: the office started recording on %3 (its opening balance), so the app has no figures before that day. Choose a period starting on or after %3.</source>
        <translation>Không thể lập biểu %1 cho kỳ bắt đầu ngày %2: cơ quan bắt đầu ghi nhận từ ngày %3 (số liệu đầu kỳ), nên trước ngày đó ứng dụng không có số liệu. Hãy chọn kỳ bắt đầu từ ngày %3 trở đi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="208"/>
        <source>Form %1 has no column %2.</source>
        <translation>Biểu %1 không có cột %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="235"/>
        <source>This column counts reception sessions, not cases; see them in the calendar.</source>
        <translation>Cột này đếm số kỳ tiếp công dân, không phải vụ việc; xem các kỳ tiếp trong lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="272"/>
        <source>Form %1 carries nothing over from one period to the next; it needs no opening balance.</source>
        <translation>Biểu %1 không có số liệu chuyển từ kỳ trước sang, nên không cần số liệu đầu kỳ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="282"/>
        <source>The number carried over cannot be negative; enter 0 or more.</source>
        <translation>Số đơn chuyển sang không được âm; hãy nhập từ 0 trở lên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="293"/>
        <source>This administrative unit does not exist.</source>
        <translation>Đơn vị hành chính này không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/service.py" line="307"/>
        <source>The opening balance of form %1 starts on %2 for the other units; every unit starts on the same day.</source>
        <translation>Số liệu đầu kỳ của biểu %1 tính từ ngày %2 cho các đơn vị khác; mọi đơn vị phải bắt đầu cùng một ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/reports/forms/xlsx.py" line="44"/>
        <source>Choose a file name ending in .xlsx, .pdf or .json.</source>
        <translation>Hãy chọn tên tệp có đuôi .xlsx, .pdf hoặc .json.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/form_facts.py" line="112"/>
        <source>Row %1, column %2: “%3” is not one of the accepted values (%4).</source>
        <translation>Dòng %1, cột %2: “%3” không phải là một giá trị được chấp nhận (%4).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/form_facts.py" line="115"/>
        <source>Row %1, column %2: “%3” is not a number; write it like 12.5, or leave it empty.</source>
        <translation>Dòng %1, cột %2: “%3” không phải là số; hãy ghi dạng 12.5, hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/form_facts.py" line="118"/>
        <source>Row %1, column %2: cannot be negative; write 0 or leave it empty.</source>
        <translation>Dòng %1, cột %2: không được âm; hãy ghi 0 hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/form_facts.py" line="121"/>
        <source>Row %1, column %2: contradicts the row&apos;s other columns (its status, type, round or competence, or the people counted); correct one of them.</source>
        <translation>Dòng %1, cột %2: mâu thuẫn với các cột khác của dòng (trạng thái, loại đơn, lần giải quyết, thẩm quyền hoặc số người đã đếm); hãy sửa một trong số đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/form_facts.py" line="126"/>
        <source>Row %1, column %2: a withdrawn petition was not settled by a decision; leave the verdict empty or change the status.</source>
        <translation>Dòng %1, cột %2: đơn đã rút thì không giải quyết bằng quyết định; hãy để trống kết luận hoặc đổi trạng thái.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/importing/form_facts.py" line="131"/>
        <source>Row %1, column %2: upholding or annulling a first decision is a second-round outcome, and this row is round 1.</source>
        <translation>Dòng %1, cột %2: công nhận hoặc hủy quyết định lần đầu là kết quả giải quyết lần hai, còn dòng này là lần 1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="27"/>
        <source>Your account is disabled or has no role. Ask an administrator.</source>
        <translation>Tài khoản của bạn đã bị khóa hoặc chưa có vai trò. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="30"/>
        <source>Your role (%1) may read and report but not change records. Ask an administrator for the clerk role.</source>
        <translation>Vai trò của bạn (%1) chỉ được xem và lập báo cáo, không được sửa hồ sơ. Hãy đề nghị quản trị viên giao vai trò chuyên viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="35"/>
        <source>Your role (%1) may not see who made a denunciation, nor its attachments and notes (Law on Denunciations 2018). Only a head may.</source>
        <translation>Vai trò của bạn (%1) không được xem người tố cáo, tệp đính kèm và ghi chú của đơn tố cáo (Luật Tố cáo 2018). Chỉ lãnh đạo được xem.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="40"/>
        <source>Your role (%1) may not change the settings. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được thay đổi cài đặt. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="43"/>
        <source>Your role (%1) may not change the deadline rules. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được thay đổi quy tắc thời hạn. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="46"/>
        <source>Your role (%1) may not manage staff accounts. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được quản lý tài khoản cán bộ. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="49"/>
        <source>Your role (%1) may not read the audit log. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) không được xem nhật ký kiểm tra. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="52"/>
        <source>Your role (%1) may not back up or restore the database.</source>
        <translation>Vai trò của bạn (%1) không được sao lưu hoặc khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="56"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="157"/>
        <source>The database refused this: your role may read and report but not change records. Nothing was saved. Ask an administrator for the clerk role.</source>
        <translation>Cơ sở dữ liệu đã từ chối: vai trò của bạn chỉ được xem và lập báo cáo, không được sửa hồ sơ. Chưa có gì được lưu. Hãy đề nghị quản trị viên giao vai trò chuyên viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="162"/>
        <source>The database refused this: your role may not change the office&apos;s settings, registers or working-day calendar. Nothing was saved. Ask an administrator.</source>
        <translation>Cơ sở dữ liệu đã từ chối: vai trò của bạn không được thay đổi cài đặt, danh mục hoặc lịch ngày làm việc của cơ quan. Chưa có gì được lưu. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="167"/>
        <source>The database refused this: your role may not change the deadline rules. Nothing was saved. Ask an administrator.</source>
        <translation>Cơ sở dữ liệu đã từ chối: vai trò của bạn không được thay đổi quy tắc thời hạn. Chưa có gì được lưu. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="172"/>
        <source>The database refused this: your role may not manage staff accounts. Nothing was changed. Ask an administrator.</source>
        <translation>Cơ sở dữ liệu đã từ chối: vai trò của bạn không được quản lý tài khoản cán bộ. Chưa có gì thay đổi. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="177"/>
        <source>The database refused this: your role may not read the audit log. Ask an administrator or the head of the office.</source>
        <translation>Cơ sở dữ liệu đã từ chối: vai trò của bạn không được xem nhật ký kiểm tra. Hãy liên hệ quản trị viên hoặc lãnh đạo cơ quan.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="182"/>
        <source>The database refused this: your role may not see or change what names a denunciator (Law on Denunciations 2018). Nothing was saved. Only a head of the office may.</source>
        <translation>Cơ sở dữ liệu đã từ chối: vai trò của bạn không được xem hoặc sửa nội dung nêu danh tính người tố cáo (Luật Tố cáo 2018). Chưa có gì được lưu. Chỉ lãnh đạo cơ quan được làm việc này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/accounts/permissions.py" line="187"/>
        <source>The database refused this: your account may not do it (it may have been disabled or its role changed). Nothing was saved. Ask an administrator.</source>
        <translation>Cơ sở dữ liệu đã từ chối: tài khoản của bạn không được làm việc này (có thể tài khoản đã bị khóa hoặc vai trò đã thay đổi). Chưa có gì được lưu. Hãy liên hệ quản trị viên.</translation>
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
    <message>
        <location filename="../../dialogue_app/services/cases/undo.py" line="41"/>
        <source>There is nothing to undo: the last entry of this case&apos;s timeline cannot be undone (only an edit or a status change can).</source>
        <translation>Không có gì để hoàn tác: mục cuối trong diễn biến của vụ việc không thể hoàn tác (chỉ hoàn tác được lần sửa hoặc lần chuyển trạng thái).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/undo.py" line="46"/>
        <source>Somebody changed this case after that entry; nothing was undone. Close it, open it again and see what changed.</source>
        <translation>Đã có người thay đổi vụ việc sau mục đó; chưa hoàn tác gì. Hãy đóng, mở lại vụ việc để xem thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/undo.py" line="51"/>
        <source>The last change of this case was made by %1; only they can undo it.</source>
        <translation>Thay đổi cuối cùng của vụ việc do %1 thực hiện; chỉ người đó mới hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/cases/undo.py" line="54"/>
        <source>Undone: the change recorded by %1 at %2</source>
        <translation>Đã hoàn tác: thay đổi do %1 ghi lúc %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/attendance.py" line="58"/>
        <source>This conference was cancelled: nobody can be ticked as present. Nothing was saved.</source>
        <translation>Hội nghị này đã bị hủy: không thể điểm danh ai có mặt. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/attendance.py" line="62"/>
        <source>This conference is still a draft: schedule it before ticking who came. Nothing was saved.</source>
        <translation>Hội nghị này còn là bản nháp: hãy lên lịch trước khi điểm danh. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/attendance.py" line="66"/>
        <source>This conference is postponed: tick who came once it is held. Nothing was saved.</source>
        <translation>Hội nghị này đã hoãn: điểm danh khi hội nghị diễn ra. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/attendance.py" line="70"/>
        <source>This conference is closed and its record final: a head can reopen it to correct the attendance. Nothing was saved.</source>
        <translation>Hội nghị này đã hoàn tất, hồ sơ đã chốt: lãnh đạo có thể mở lại để sửa điểm danh. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/attendance.py" line="76"/>
        <source>Somebody ticked is no longer invited to this conference (it was edited meanwhile). Close the form, open it again and tick again. Nothing was saved.</source>
        <translation>Có người được đánh dấu không còn trong danh sách mời (hội nghị vừa được sửa). Hãy đóng, mở lại hội nghị và điểm danh lại. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/timeline.py" line="54"/>
        <source>There is nothing to undo: the last step of this conference cannot be undone (only an edit, a status change or a reopening can).</source>
        <translation>Không có gì để hoàn tác: bước cuối của hội nghị không thể hoàn tác (chỉ hoàn tác được lần sửa, lần chuyển trạng thái hoặc lần mở lại).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/timeline.py" line="59"/>
        <source>Somebody changed this conference after that step; nothing was undone. Close it, open it again and see what changed.</source>
        <translation>Đã có người thay đổi hội nghị sau bước đó; chưa hoàn tác gì. Hãy đóng, mở lại hội nghị để xem thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/conferences/timeline.py" line="64"/>
        <source>The last change of this conference was made by %1; only they can undo it.</source>
        <translation>Thay đổi cuối cùng của hội nghị do %1 thực hiện; chỉ người đó mới hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/services/followup/service.py" line="42"/>
        <source>The period ends before it starts; choose an end after the start.</source>
        <translation>Kỳ kết thúc trước khi bắt đầu; hãy chọn ngày kết thúc sau ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="295"/>
        <source>Opening balance</source>
        <translation>Số liệu đầu kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="303"/>
        <source>(no unit)</source>
        <translation>(không ghi đơn vị)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="315"/>
        <source>Petitions carried over from before the office used the app. They count as carried over (on 01/XLD also as not yet handled) in every form of a period starting on or after the first day; no form can be made for a period before it.</source>
        <translation>Đơn tồn từ trước khi cơ quan dùng ứng dụng. Số đơn này được tính là kỳ trước chuyển sang (ở biểu 01/XLD còn tính là chưa xử lý) trong mọi biểu của kỳ bắt đầu từ ngày đầu tiên trở về sau; không lập được biểu cho kỳ trước ngày đó.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="322"/>
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="323"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="324"/>
        <source>First day in the app</source>
        <translation>Ngày đầu tiên ghi trên ứng dụng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/forms_view.py" line="325"/>
        <source>Carried over</source>
        <translation>Số đơn chuyển sang</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../dialogue_app/ui/common/operations.py" line="207"/>
        <source>Saved: your change had reached the office database before the connection was lost. It was not saved twice.</source>
        <translation>Đã lưu: thay đổi của bạn đã đến cơ sở dữ liệu của cơ quan trước khi mất kết nối. Không lưu hai lần.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/operations.py" line="213"/>
        <source>Saved: the record already holds what you typed.</source>
        <translation>Đã lưu: bản ghi đã có đúng nội dung bạn nhập.</translation>
    </message>
</context>
<context>
    <name>OutgoingModel</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="65"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="66"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="67"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="68"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="69"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="70"/>
        <source>Issued by</source>
        <translation>Người ban hành</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="79"/>
        <source>A deleted conference</source>
        <translation>Hội nghị đã bị xóa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="85"/>
        <source>Case received %1 (no number)</source>
        <translation>Vụ việc nhận ngày %1 (chưa có số)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="86"/>
        <source>A deleted case</source>
        <translation>Vụ việc đã bị xóa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_model.py" line="116"/>
        <source>Names a denunciator: only staff allowed to see them can reopen it.</source>
        <translation>Có danh tính người tố cáo: chỉ người được phép xem mới mở lại được.</translation>
    </message>
</context>
<context>
    <name>PeriodBoardView</name>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="249"/>
        <source>No issue raised at a held conference in this period. Record the issues when you mark a conference held.</source>
        <translation>Trong kỳ này chưa có vụ việc nào được nêu tại hội nghị đã tổ chức. Hãy ghi nhận các vụ việc khi đánh dấu hội nghị đã tổ chức.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="254"/>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="256"/>
        <source>&amp;To</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="287"/>
        <source>%n held conference(s)</source>
        <translation>
            <numerusform>%n hội nghị đã tổ chức</numerusform>
        </translation>
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
    <name>PublishDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="57"/>
        <source>Publish to the calendar server</source>
        <translation>Đăng lên máy chủ lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="66"/>
        <source>The office schedule (all conferences and reception days)</source>
        <translation>Lịch công tác của cơ quan (mọi hội nghị và ngày tiếp công dân)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="69"/>
        <source>Calendar of %1</source>
        <translation>Lịch của %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="70"/>
        <source>All leaders, each to a calendar of their own</source>
        <translation>Tất cả lãnh đạo, mỗi người một lịch riêng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="77"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="92"/>
        <source>Publish:</source>
        <translation>Lịch cần đăng:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="93"/>
        <source>Period:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="94"/>
        <source>To the calendar:</source>
        <translation>Đăng vào địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="98"/>
        <source>Publish</source>
        <translation>Đăng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="135"/>
        <source>Each leader&apos;s calendar, beside the office&apos;s on the same server (e.g. %1)</source>
        <translation>Lịch riêng của từng lãnh đạo, bên cạnh lịch của cơ quan trên cùng máy chủ (ví dụ %1)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="199"/>
        <source>Publishing</source>
        <translation>Đang đăng lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="199"/>
        <source>Publishing to the calendar server…</source>
        <translation>Đang đăng lên máy chủ lịch…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="217"/>
        <source>Nothing was published. %1</source>
        <translation>Chưa đăng gì. %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="225"/>
        <source>Create the calendar?</source>
        <translation>Tạo lịch?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="227"/>
        <source>The calendar server has no calendar at:
%1

Create it now and publish? (Choose No if the address is wrong: correct it in Settings → Calendars and mail.)</source>
        <translation>Máy chủ lịch chưa có lịch tại:
%1

Tạo lịch ngay và đăng? (Nếu địa chỉ sai, chọn Không tạo rồi sửa trong Cài đặt → Lịch và thư điện tử.)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="235"/>
        <source>Create and publish</source>
        <translation>Tạo và đăng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="236"/>
        <source>Do not create</source>
        <translation>Không tạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="250"/>
        <source>Nothing was published: there is no calendar at %1. Create it on the server (or let the app create it), or correct the address in Settings → Calendars and mail.</source>
        <translation>Chưa đăng gì: chưa có lịch tại %1. Hãy tạo lịch trên máy chủ (hoặc để ứng dụng tạo), hoặc sửa địa chỉ trong Cài đặt → Lịch và thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="265"/>
        <source>No leader has anything to publish in this period.</source>
        <translation>Trong khoảng thời gian này không lãnh đạo nào có lịch để đăng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="276"/>
        <source>%1 events: %2 created, %3 updated, %4 unchanged, %5 deleted.</source>
        <translation>%1 sự kiện: %2 tạo mới, %3 cập nhật, %4 không đổi, %5 đã xóa.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="286"/>
        <source>%1 no longer in this calendar, left on the server for another calendar.</source>
        <translation>%1 sự kiện không còn thuộc lịch này, được giữ lại trên máy chủ cho lịch khác.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="291"/>
        <source>Changed on the server by somebody else, left as they are:</source>
        <translation>Đã bị người khác sửa trên máy chủ, được giữ nguyên:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="294"/>
        <source>Refused by the server:</source>
        <translation>Máy chủ từ chối:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="295"/>
        <source>Not published:</source>
        <translation>Chưa được đăng:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="301"/>
        <source>The calendar server now has the schedule as the app has it.</source>
        <translation>Máy chủ lịch nay đã có lịch đúng như trong ứng dụng.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/publish_dialog.py" line="305"/>
        <source>The calendar server does not have everything yet: publish again later, or ask the IT staff about the events listed.</source>
        <translation>Máy chủ lịch chưa có đủ mọi sự kiện: hãy đăng lại sau, hoặc hỏi cán bộ công nghệ thông tin về các sự kiện được liệt kê.</translation>
    </message>
</context>
<context>
    <name>ReceptionRegisterDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="63"/>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="148"/>
        <source>Reception register</source>
        <translation>Sổ tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="68"/>
        <source>Word document (.docx)</source>
        <translation>Văn bản Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="69"/>
        <source>PDF document (.pdf)</source>
        <translation>Tài liệu PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="70"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Bảng tính Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="73"/>
        <source>Every citizen received in the period, one row each, in the 12 columns of form 03 of Circular 04/2021/TT-TTCP (landscape A4).</source>
        <translation>Mỗi lượt công dân được tiếp trong kỳ là một dòng, theo 12 cột của mẫu số 03, Thông tư 04/2021/TT-TTCP (khổ A4 ngang).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="83"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="84"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="85"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="89"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="105"/>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="111"/>
        <source>Reception register %1 – %2</source>
        <translation>Sổ tiếp công dân %1 – %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="118"/>
        <source>Save the reception register</source>
        <translation>Lưu sổ tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="148"/>
        <source>Writing the reception register…</source>
        <translation>Đang ghi sổ tiếp công dân…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="153"/>
        <source>%n citizen visit(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n lượt tiếp công dân vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/record_documents.py" line="55"/>
        <source>Documents issued: %1</source>
        <translation>Văn bản đã ban hành: %1</translation>
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
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="154"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="155"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="156"/>
        <source>First 6 months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="157"/>
        <source>First 9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="158"/>
        <source>12 months</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="159"/>
        <source>Dates…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="182"/>
        <source>All units</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="186"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="187"/>
        <source>Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="188"/>
        <source>PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="189"/>
        <source>CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="197"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="200"/>
        <source>Unit:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="225"/>
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="226"/>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="227"/>
        <source>By unit</source>
        <translation>Theo địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="228"/>
        <source>Reception by leader</source>
        <translation>Tiếp công dân theo lãnh đạo chủ trì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="229"/>
        <source>Reception days</source>
        <translation>Lịch tiếp định kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="335"/>
        <source>The period ends before it starts. Choose a last day on or after the first day.</source>
        <translation>Ngày kết thúc kỳ báo cáo đang trước ngày bắt đầu. Hãy chọn ngày cuối bằng hoặc sau ngày đầu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="363"/>
        <source>Previous period: %1 (%2)</source>
        <translation>Kỳ trước: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="378"/>
        <source>No cases and no reception sessions in %1. Choose another period or unit; register cases on the Cases page and mark reception days as held to see figures here. You can still export this empty report.</source>
        <translation>%1: không có vụ việc và buổi tiếp công dân nào. Hãy chọn kỳ báo cáo hoặc địa bàn khác; thêm vụ việc tại trang Vụ việc và đánh dấu các ngày tiếp công dân đã tiếp để có số liệu tại đây. Vẫn có thể xuất báo cáo trống này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="402"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="493"/>
        <source>Citizens received</source>
        <translation>Lượt công dân được tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="388"/>
        <source>%1 — figures as of %2</source>
        <translation>%1 — số liệu tính đến ngày %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="245"/>
        <source>Statutory forms</source>
        <translation>Biểu mẫu thống kê</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="404"/>
        <source>%Ln session(s) held.</source>
        <translation>
            <numerusform>Đã tổ chức %Ln buổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="406"/>
        <source>%Ln session(s) held. Previous period: %1 (%2)</source>
        <translation>
            <numerusform>Đã tổ chức %Ln buổi. Kỳ trước: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="412"/>
        <source>Cases received</source>
        <translation>Đơn, vụ việc tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="416"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="467"/>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="420"/>
        <source>To handle (carried over + received)</source>
        <translation>Tổng số phải xử lý (kỳ trước chuyển sang + tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="421"/>
        <source>%1 within competence, %2 outside</source>
        <translation>%1 thuộc thẩm quyền, %2 không thuộc thẩm quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="428"/>
        <source>Out of %1 to settle: %2 within competence, less %3 refused, transferred or guided.</source>
        <translation>Trên %1 đơn phải giải quyết: %2 đơn thuộc thẩm quyền, trừ %3 đơn không thụ lý, chuyển đơn hoặc hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="435"/>
        <source>Settled within competence</source>
        <translation>Đã giải quyết (thuộc thẩm quyền)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="436"/>
        <source>Previous period: %1</source>
        <translation>Kỳ trước: %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="442"/>
        <source>Settled on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="443"/>
        <source>%1 late; %2 days on average</source>
        <translation>%1 quá hạn; bình quân %2 ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="448"/>
        <source>Overdue, still open</source>
        <translation>Quá hạn chưa giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="452"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="494"/>
        <source>Crowd delegations</source>
        <translation>Đoàn đông người</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="454"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln người</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="467"/>
        <source>Received</source>
        <translation>Tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="467"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="467"/>
        <source>Settled</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="468"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="468"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="468"/>
        <source>Closed otherwise</source>
        <translation>Chuyển, hướng dẫn, không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="468"/>
        <source>Open</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="469"/>
        <source>Overdue</source>
        <translation>Quá hạn chưa giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="469"/>
        <source>Settled (rate)</source>
        <translation>Tỷ lệ giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="471"/>
        <source>(not recorded)</source>
        <translation>(chưa xác định)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="473"/>
        <source>Agency</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="474"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="475"/>
        <source>Unit</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="493"/>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="501"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="493"/>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="494"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="496"/>
        <source>(no chair recorded)</source>
        <translation>(chưa ghi lãnh đạo chủ trì)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="501"/>
        <source>Quota</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="501"/>
        <source>Required</source>
        <translation>Số ngày phải tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="501"/>
        <source>Held</source>
        <translation>Đã tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="502"/>
        <source>Delegated</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="502"/>
        <source>Missed</source>
        <translation>Không tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="502"/>
        <source>Planned</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="502"/>
        <source>Not marked</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="503"/>
        <source>Fulfilled</source>
        <translation>Tỷ lệ thực hiện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="563"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="564"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="565"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="568"/>
        <source>Report from %1 to %2</source>
        <translation>Báo cáo từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="575"/>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="583"/>
        <source>The report was saved to %1</source>
        <translation>Đã lưu báo cáo vào tệp %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="604"/>
        <source>Exporting the report</source>
        <translation>Đang xuất báo cáo</translation>
    </message>
</context>
<context>
    <name>RoleView</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_view.py" line="88"/>
        <location filename="../../dialogue_app/ui/accounts/role_view.py" line="147"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_view.py" line="92"/>
        <source>Your role (%1) may not register, edit or issue anything here. Ask an administrator for the clerk role.</source>
        <translation>Vai trò của bạn (%1) không được đăng ký, sửa hay ban hành gì ở đây. Hãy đề nghị quản trị viên cấp vai trò chuyên viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_view.py" line="149"/>
        <source>Your role (%1) may read these settings but not change them. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) chỉ được xem các cài đặt này, không được thay đổi. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_view.py" line="154"/>
        <source>Your role (%1) may read the deadline rules but not change them. Ask an administrator.</source>
        <translation>Vai trò của bạn (%1) chỉ được xem quy tắc thời hạn, không được thay đổi. Hãy liên hệ quản trị viên.</translation>
    </message>
</context>
<context>
    <name>RoleWatch</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_watch.py" line="56"/>
        <source>An administrator has disabled your account or removed its role. What you try now is refused; ask an administrator, then close Dialogue Desk.</source>
        <translation>Quản trị viên đã khóa tài khoản của bạn hoặc gỡ vai trò của tài khoản. Mọi thao tác từ bây giờ sẽ bị từ chối; hãy liên hệ quản trị viên, sau đó đóng Dialogue Desk.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_watch.py" line="61"/>
        <source>An administrator has changed your role to %1. Close Dialogue Desk and sign in again for the window to offer what this role may do; until then, anything it may not do is refused when you try it.</source>
        <translation>Quản trị viên đã đổi vai trò của bạn thành %1. Hãy đóng Dialogue Desk và đăng nhập lại để cửa sổ hiển thị đúng những việc vai trò này được làm; trước khi đó, việc nào vai trò này không được làm sẽ bị từ chối khi bạn thực hiện.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_watch.py" line="66"/>
        <source>Your role</source>
        <translation>Vai trò của bạn</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_names.py" line="14"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_names.py" line="15"/>
        <source>Head (sees denunciators)</source>
        <translation>Lãnh đạo (được xem người tố cáo)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_names.py" line="16"/>
        <source>Clerk</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/role_names.py" line="17"/>
        <source>Viewer (read and report)</source>
        <translation>Người xem (xem và báo cáo)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="147"/>
        <source>Reception schedule</source>
        <translation>Lịch tiếp công dân định kỳ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="147"/>
        <source>Edit reception schedule</source>
        <translation>Sửa lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="154"/>
        <source>(keep the leader&apos;s quota)</source>
        <translation>(giữ định mức hiện tại của lãnh đạo)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="158"/>
        <source>A day of each month</source>
        <translation>Một ngày cố định trong tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="159"/>
        <source>A weekday of each week</source>
        <translation>Một ngày cố định trong tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="168"/>
        <source>move to the next working day</source>
        <translation>chuyển sang ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="169"/>
        <source>move to the previous working day</source>
        <translation>chuyển về ngày làm việc liền trước</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="170"/>
        <source>skip that time</source>
        <translation>bỏ qua lần đó</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="174"/>
        <source>(no venue)</source>
        <translation>(chưa có địa điểm)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="178"/>
        <source>Shown in each reception session&apos;s notes</source>
        <translation>Ghi vào phần ghi chú của từng buổi tiếp</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="192"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="328"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="193"/>
        <source>Duty quota</source>
        <translation>Định mức tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="194"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="329"/>
        <source>Receives citizens on</source>
        <translation>Tiếp công dân vào</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="195"/>
        <source>Day of the month</source>
        <translation>Ngày trong tháng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="196"/>
        <source>Weekday</source>
        <translation>Thứ trong tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="197"/>
        <source>If that is not a working day</source>
        <translation>Nếu trùng ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="198"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="330"/>
        <source>From</source>
        <translation>Từ giờ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="199"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="331"/>
        <source>To</source>
        <translation>Đến giờ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="200"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="332"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="201"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="333"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="202"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="334"/>
        <source>Starting on</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="204"/>
        <source>Changes apply from</source>
        <translation>Thay đổi áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="205"/>
        <source>Plan the days until</source>
        <translation>Lập lịch đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="210"/>
        <source>Save and plan</source>
        <translation>Lưu và lập lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="210"/>
        <source>Save and plan again</source>
        <translation>Lưu và lập lại lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="212"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="246"/>
        <source>Reception days not yet marked from the day the changes apply are planned again; days already held, delegated or missed stay as they are.</source>
        <translation>Các ngày tiếp chưa ghi nhận kết quả, kể từ ngày thay đổi có hiệu lực, sẽ được lập lại theo lịch mới; các ngày đã tiếp, đã ủy quyền hoặc không tiếp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="251"/>
        <source>This schedule is stopped from %1: no reception day is planned from then on, whatever is changed here.</source>
        <translation>Lịch này đã ngừng áp dụng từ ngày %1: dù sửa nội dung gì ở đây, từ ngày đó sẽ không lập thêm ngày tiếp nào.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="273"/>
        <source>Register a leader first.</source>
        <translation>Hãy thêm lãnh đạo trước.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="90"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="91"/>
        <source>Receives citizens</source>
        <translation>Ngày tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="92"/>
        <source>Hours</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="93"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="94"/>
        <source>In force</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="95"/>
        <source>Days planned until</source>
        <translation>Đã lập lịch đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="100"/>
        <source>Stopped from %1</source>
        <translation>Ngừng áp dụng từ ngày %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="103"/>
        <source>From %1 to %2</source>
        <translation>Áp dụng từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="107"/>
        <source>Since %1</source>
        <translation>Đang áp dụng từ ngày %1</translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="451"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="561"/>
        <source>New reception schedule…</source>
        <translation>Thêm lịch tiếp công dân…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="453"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="555"/>
        <source>Edit…</source>
        <translation>Sửa lịch…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="455"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="557"/>
        <source>Stop…</source>
        <translation>Ngừng áp dụng…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="457"/>
        <source>Stop the schedule from a day on; what was held stays recorded</source>
        <translation>Ngừng áp dụng lịch kể từ một ngày; các buổi đã tiếp vẫn được lưu lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="460"/>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="559"/>
        <source>Resume…</source>
        <translation>Áp dụng lại…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="461"/>
        <source>Apply a stopped schedule again</source>
        <translation>Áp dụng lại lịch đã ngừng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="520"/>
        <source>No reception schedule yet. Press “New reception schedule…” to give a leader standing reception days, e.g. the 15th of each month or every Thursday; the days are then planned in the calendar.</source>
        <translation>Chưa có lịch tiếp công dân nào. Nhấn “Thêm lịch tiếp công dân…” để đặt lịch tiếp công dân định kỳ cho lãnh đạo, ví dụ ngày 15 hằng tháng hoặc Thứ Năm hằng tuần; các ngày tiếp sẽ được đưa vào lịch.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="528"/>
        <source>Select a schedule, then “Edit…” to change it or “Stop…” to end it from a day on (right-click works too). Reception days already held, delegated or missed are never changed.</source>
        <translation>Chọn một lịch rồi nhấn “Sửa lịch…” để thay đổi hoặc “Ngừng áp dụng…” để ngừng kể từ một ngày (có thể nhấp chuột phải). Các ngày đã tiếp, đã ủy quyền hoặc không tiếp không bao giờ bị thay đổi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="597"/>
        <source>Schedule saved; %Ln reception day(s) planned.</source>
        <translation>
            <numerusform>Đã lưu lịch; đã lập %Ln ngày tiếp công dân.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="631"/>
        <source>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet marked; the days already marked stay.</source>
        <translation>
            <numerusform>Lịch tiếp công dân của %1 ngừng áp dụng từ ngày %2. Đã hủy %Ln ngày tiếp chưa ghi nhận kết quả; các ngày đã ghi nhận được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="638"/>
        <source>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet marked; the days already marked stay. Left as they were, because their session was already postponed, cancelled or recorded: %3.</source>
        <translation>
            <numerusform>Lịch tiếp công dân của %1 ngừng áp dụng từ ngày %2. Đã hủy %Ln ngày tiếp chưa ghi nhận kết quả; các ngày đã ghi nhận được giữ nguyên. Giữ nguyên các ngày sau vì buổi tiếp đã được hoãn, hủy hoặc đã ghi nhận kết quả: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="716"/>
        <source>From the day chosen on, %1 no longer receives citizens under this schedule (%2). The day is today at the earliest. Reception days not yet marked from that day are cancelled, and the cancellations can then be sent from the conference list; days already held, delegated or missed stay as they are. The schedule can be resumed later.</source>
        <translation>Kể từ ngày được chọn, %1 không tiếp công dân theo lịch này nữa (%2). Ngày được chọn sớm nhất là hôm nay. Các ngày tiếp chưa ghi nhận kết quả kể từ ngày đó sẽ bị hủy, sau đó có thể gửi thông báo hủy từ danh sách hội nghị; các ngày đã tiếp, đã ủy quyền hoặc không tiếp được giữ nguyên. Có thể áp dụng lại lịch sau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="656"/>
        <source>The schedule of %1 applies again; %Ln reception day(s) planned until %2.</source>
        <translation>
            <numerusform>Lịch tiếp công dân của %1 được áp dụng lại; đã lập %Ln ngày tiếp đến ngày %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="670"/>
        <source>Select a reception schedule in the list first.</source>
        <translation>Hãy chọn một lịch tiếp công dân trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="676"/>
        <source>Schedule saved. Reception days planned: %1; kept with the new time or place: %2; cancelled: %3.</source>
        <translation>Đã lưu lịch. Đã lập thêm %1 ngày tiếp, cập nhật thời gian hoặc địa điểm cho %2 ngày, hủy %3 ngày.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="681"/>
        <source>Schedule saved. Reception days planned: %1; kept with the new time or place: %2; cancelled: %3. Left as they were, because their session was already postponed, cancelled or recorded: %4.</source>
        <translation>Đã lưu lịch. Đã lập thêm %1 ngày tiếp, cập nhật thời gian hoặc địa điểm cho %2 ngày, hủy %3 ngày. Giữ nguyên các ngày sau vì buổi tiếp đã được hoãn, hủy hoặc đã ghi nhận kết quả: %4.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="699"/>
        <source>Their sessions are kept as cancelled, so the invited people can be told: send the cancellations from the conference list (open each cancelled session, then “Export cancellation…”).</source>
        <translation>Các buổi tiếp này được giữ lại ở trạng thái đã hủy để báo cho người được mời: hãy gửi thông báo hủy từ danh sách hội nghị (mở từng buổi tiếp đã hủy, rồi chọn “Xuất thông báo hủy…”).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="714"/>
        <source>Stop a reception schedule</source>
        <translation>Ngừng áp dụng lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="724"/>
        <source>Stop from</source>
        <translation>Ngừng áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="726"/>
        <source>Stop the schedule</source>
        <translation>Ngừng áp dụng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="734"/>
        <source>Resume a reception schedule</source>
        <translation>Áp dụng lại lịch tiếp công dân</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="736"/>
        <source>The schedule of %1 (%2) applies again from the day it was stopped, or from today if that day has passed. Until which day should its reception days be planned?</source>
        <translation>Lịch tiếp công dân của %1 (%2) được áp dụng lại từ ngày đã ngừng, hoặc từ hôm nay nếu ngày đó đã qua. Lập lịch các ngày tiếp đến ngày nào?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="742"/>
        <source>Plan the days until</source>
        <translation>Lập lịch đến ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="744"/>
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
    <name>SentModel</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="66"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="66"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="66"/>
        <source>How</source>
        <translation>Cách gửi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="66"/>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="66"/>
        <source>By</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="80"/>
        <source>Cancellation</source>
        <translation>Thông báo hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="82"/>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="84"/>
        <source>Invitation</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="87"/>
        <source>%1 (version %2)</source>
        <translation>%1 (lần %2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="90"/>
        <source>E-mailed</source>
        <translation>Đã gửi thư</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="92"/>
        <source>Sending, not confirmed (ask the invitees whether it arrived)</source>
        <translation>Đang gửi, chưa xác nhận (hỏi người được mời xem đã nhận chưa)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="93"/>
        <source>Saved as .eml</source>
        <translation>Đã lưu tệp .eml</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="94"/>
        <source>Saved as .ics</source>
        <translation>Đã lưu tệp .ics</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="69"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="207"/>
        <source>Office profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="72"/>
        <source>e.g. Office of the Provincial Party Committee</source>
        <translation>ví dụ: Văn phòng Tỉnh ủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="80"/>
        <source>calendar months</source>
        <translation>theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="82"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="176"/>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="83"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="177"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="84"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="178"/>
        <source>Telephone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="85"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="179"/>
        <source>Invitations sent by (name)</source>
        <translation>Người gửi giấy mời (tên)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="86"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="180"/>
        <source>Invitations sent by (e-mail)</source>
        <translation>Người gửi giấy mời (e-mail)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="181"/>
        <source>Monthly reports count from day</source>
        <translation>Báo cáo tháng tính từ ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="96"/>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="182"/>
        <source>Calendar reminder</source>
        <translation>Nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="88"/>
        <source>Report months end on day</source>
        <translation>Tháng báo cáo kết thúc vào ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="99"/>
        <source>Save office profile</source>
        <translation>Lưu thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="100"/>
        <source>Save the office profile (Ctrl+S)</source>
        <translation>Lưu thông tin cơ quan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="120"/>
        <source>Enter your office&apos;s name and the e-mail invitations are sent from.</source>
        <translation>Hãy nhập tên cơ quan và địa chỉ e-mail dùng để gửi giấy mời.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="140"/>
        <source>A report month is a calendar month (e.g. 01/10 – 31/10).</source>
        <translation>Tháng báo cáo là tháng dương lịch (ví dụ 01/10 – 31/10).</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="145"/>
        <source>A report month runs from day %1 of one month to day %2 of the next (e.g. %1/10 – %2/11); the month is named after its last day.</source>
        <translation>Tháng báo cáo tính từ ngày %1 tháng trước đến hết ngày %2 tháng sau (ví dụ từ %1/10 đến %2/11); tháng được gọi theo tháng của ngày cuối.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="188"/>
        <source>Their version is kept; yours was dropped.</source>
        <translation>Đã giữ bản của người kia; thay đổi của bạn đã được bỏ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="194"/>
        <source>Not saved yet: your changes are still in the form.</source>
        <translation>Chưa lưu: thay đổi của bạn vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="201"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="222"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="232"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="245"/>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="248"/>
        <source>Leaders&apos; busy times</source>
        <translation>Lịch bận của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="252"/>
        <source>Import a leader&apos;s own calendar (an .ics file exported from Outlook, Google or Thunderbird) so that planning warns when they are busy.</source>
        <translation>Nhập lịch riêng của lãnh đạo (tệp .ics xuất từ Outlook, Google hoặc Thunderbird) để khi lập kế hoạch, phần mềm cảnh báo lúc lãnh đạo bận.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="257"/>
        <source>Import busy times…</source>
        <translation>Nhập lịch bận…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="262"/>
        <source>Calendars and mail…</source>
        <translation>Lịch và thư điện tử…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/settings/settings_page.py" line="267"/>
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
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="417"/>
        <source>Staff accounts</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/accounts/staff_page.py" line="420"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <location filename="../../dialogue_app/ui/main_window.py" line="88"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="633"/>
        <source>Change status</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="639"/>
        <source>— choose the outcome —</source>
        <translation>— chọn kết quả giải quyết —</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="643"/>
        <source>e.g. Law on Complaints 2011, Art. 11(3)</source>
        <translation>ví dụ: khoản 3 Điều 11 Luật Khiếu nại 2011</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="646"/>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="647"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="648"/>
        <source>Outcome</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="649"/>
        <source>Legal ground for refusing</source>
        <translation>Căn cứ pháp lý không thụ lý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="650"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="652"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="652"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/cases/case_dialog.py" line="659"/>
        <source>The status change</source>
        <translation>Việc chuyển trạng thái</translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="82"/>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="82"/>
        <source>Calendar address</source>
        <translation>Địa chỉ lịch</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="82"/>
        <source>Last refresh</source>
        <translation>Lần đọc gần nhất</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="101"/>
        <source>Not read yet</source>
        <translation>Chưa đọc lần nào</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="103"/>
        <source>%Ln busy time(s), read %1</source>
        <translation>
            <numerusform>%Ln khoảng thời gian bận, đọc lúc %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="107"/>
        <source>the copy read %1 is still used</source>
        <translation>vẫn dùng bản đọc lúc %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="111"/>
        <source>nothing read yet</source>
        <translation>chưa đọc được gì</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="114"/>
        <source>Failed: %1 (%2)</source>
        <translation>Không đọc được: %1 (%2)</translation>
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
        <location filename="../../dialogue_app/ui/common/background_task.py" line="198"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="198"/>
        <source>Not done</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="208"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/background_task.py" line="215"/>
        <source>Cancelling… nothing will be saved.</source>
        <translation>Đang hủy… sẽ không lưu dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>TemplatesEditor</name>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="244"/>
        <source>Official documents: templates</source>
        <translation>Văn bản: mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="250"/>
        <source>Export a template, change its wording or layout in Word, and load it back. Keep the fields in double braces ({{ number }}, {{ date_line }}…) as they are: a template with a field the app does not know is refused, and the one in use stays.</source>
        <translation>Xuất một mẫu, sửa câu chữ hoặc trình bày bằng Word, rồi nạp lại. Giữ nguyên các trường trong cặp ngoặc nhọn kép ({{ number }}, {{ date_line }}…): mẫu có trường mà ứng dụng không biết sẽ bị từ chối, mẫu đang dùng được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="264"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="266"/>
        <source>Load…</source>
        <translation>Nạp…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="268"/>
        <source>Restore the default</source>
        <translation>Khôi phục mẫu mặc định</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="300"/>
        <source>In use: the default template.</source>
        <translation>Đang dùng: mẫu mặc định.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="303"/>
        <source>In use: the office&apos;s own template %1, loaded %2 by %3.</source>
        <translation>Đang dùng: mẫu riêng của cơ quan %1, nạp lúc %2 bởi %3.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="305"/>
        <source>In use: the office&apos;s own template %1, loaded %2.</source>
        <translation>Đang dùng: mẫu riêng của cơ quan %1, nạp lúc %2.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="307"/>
        <source>In use: the office&apos;s own template %1.</source>
        <translation>Đang dùng: mẫu riêng của cơ quan %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="323"/>
        <source>Template %1</source>
        <translation>Mẫu %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="325"/>
        <source>Export the template</source>
        <translation>Xuất mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="336"/>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="343"/>
        <source>Load a template</source>
        <translation>Nạp mẫu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="364"/>
        <source>Loaded: new documents of this kind use it.</source>
        <translation>Đã nạp: các văn bản loại này lập từ nay sẽ dùng mẫu này.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/documents/settings_section.py" line="384"/>
        <source>The default template is in use again.</source>
        <translation>Đã dùng lại mẫu mặc định.</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="124"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="35"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="37"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="42"/>
        <source>Save them before closing, or discard them?</source>
        <translation>Lưu lại trước khi đóng, hay bỏ các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="45"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="48"/>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="52"/>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/unsaved.py" line="74"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>WaitingSave</name>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="107"/>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="111"/>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="154"/>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="108"/>
        <source>Discard the changes waiting to be saved? They will not be saved.</source>
        <translation>Bỏ các thay đổi đang chờ lưu? Chúng sẽ không được lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="118"/>
        <source>Changes here are waiting for the connection to the office database to be saved. Once closed they cannot be saved later: discard them and close, or stay and wait?</source>
        <translation>Ở đây có thay đổi đang chờ kết nối tới cơ sở dữ liệu của cơ quan để được lưu. Đã đóng thì không thể lưu sau được nữa: bỏ các thay đổi và đóng, hay ở lại chờ?</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="125"/>
        <source>Changes not saved yet</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="127"/>
        <source>Discard and close</source>
        <translation>Bỏ thay đổi và đóng</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="132"/>
        <source>Saved: the connection is back and your change that was waiting is now saved.</source>
        <translation>Đã lưu: kết nối đã trở lại và thay đổi đang chờ của bạn đã được lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="165"/>
        <source>The connection to the office database was lost just as this was being saved: it may already be saved. It will not be saved again by itself. When the connection is back, check the list first; save again only if it is missing.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu của cơ quan đúng lúc đang lưu: có thể dữ liệu đã được lưu rồi. Phần mềm sẽ không tự lưu lại. Khi có kết nối trở lại, hãy kiểm tra danh sách trước; chỉ lưu lại nếu chưa thấy.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="171"/>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="303"/>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="309"/>
        <source>Save again</source>
        <translation>Lưu lại</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="173"/>
        <source>Not saved yet: the connection to the office database is lost. Your changes are kept here and will be saved by themselves as soon as the connection is back.</source>
        <translation>Chưa lưu: mất kết nối tới cơ sở dữ liệu của cơ quan. Các thay đổi của bạn được giữ ở đây và sẽ tự động lưu ngay khi có kết nối trở lại.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="180"/>
        <source>Still no connection: it keeps waiting.</source>
        <translation>Vẫn chưa có kết nối: thay đổi tiếp tục chờ.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="183"/>
        <source>Try now</source>
        <translation>Thử lại ngay</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/common/waiting_save.py" line="304"/>
        <source>It may already be saved: if the first save reached the database, saving again records it a second time. Save again?</source>
        <translation>Có thể dữ liệu đã được lưu: nếu lần lưu trước đã tới được cơ sở dữ liệu, lưu lại sẽ ghi thêm một bản nữa. Vẫn lưu lại?</translation>
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
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="223"/>
        <source>Select a day in the year view to change it.</source>
        <translation>Chọn một ngày trên lịch năm để thay đổi.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="228"/>
        <source>%1: working day</source>
        <translation>%1: ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="231"/>
        <source>%1: not a working day (%2)</source>
        <translation>%1: ngày nghỉ (%2)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="230"/>
        <source>weekend</source>
        <translation>cuối tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="178"/>
        <source>★ public holiday · N day off (in place of a holiday, or the office&apos;s own) · L swapped working day · grey weekend</source>
        <translation>★ ngày lễ, Tết · N ngày nghỉ (nghỉ bù hoặc nghỉ riêng của cơ quan) · L ngày làm bù · màu xám: cuối tuần</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="238"/>
        <source>Select a day first.</source>
        <translation>Hãy chọn một ngày trước.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="249"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/conferences/working_days_editor.py" line="266"/>
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
<context>
    <name>_BoardPanel</name>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="74"/>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="76"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="77"/>
        <source>Print the board (Ctrl+P)</source>
        <translation>In bảng theo dõi (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="79"/>
        <source>Open the case…</source>
        <translation>Mở hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="80"/>
        <source>Open the chosen issue&apos;s case (double-click, Enter)</source>
        <translation>Mở hồ sơ của vụ việc đang chọn (nhấp đúp hoặc Enter)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="124"/>
        <source>%1 of %2 issues settled</source>
        <translation>Đã giải quyết xong %1/%2 vụ việc</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="127"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n vụ việc quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="141"/>
        <source>Follow-up board %1 to %2</source>
        <translation>Bảng theo dõi kết quả %1 đến %2</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="145"/>
        <source>Follow-up board %1</source>
        <translation>Bảng theo dõi kết quả %1</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="148"/>
        <source>Follow-up board</source>
        <translation>Bảng theo dõi kết quả</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="159"/>
        <source>Save the board as PDF</source>
        <translation>Lưu bảng theo dõi thành PDF</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="161"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="184"/>
        <source>Print the follow-up board</source>
        <translation>In bảng theo dõi kết quả</translation>
    </message>
</context>
</TS>
