<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>DemoOffer</name>
        <message>
            <location filename="../../dialogue_app/ui/demo_offer.py" line="17" />
            <source>Welcome to Dialogue Desk</source>
            <translation>Chào mừng đến với Dialogue Desk</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/demo_offer.py" line="19" />
            <source>This database is empty. Would you like to load the demo data?</source>
            <translation>Cơ sở dữ liệu đang trống. Anh/chị có muốn nạp dữ liệu mẫu không?</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/demo_offer.py" line="24" />
            <source>The demo is drawn from Hà Tĩnh province: the North–South expressway dialogue in Thạch Hà, reception days and petitions. All its people are fictional. Choose “Start empty” to enter your own office's data instead.</source>
            <translation>Dữ liệu mẫu lấy từ tỉnh Hà Tĩnh: hội nghị đối thoại về cao tốc Bắc – Nam qua Thạch Hà, các ngày tiếp công dân và đơn thư. Mọi cá nhân trong đó đều là hư cấu. Chọn “Bắt đầu với dữ liệu trống” để nhập dữ liệu của cơ quan mình.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/demo_offer.py" line="32" />
            <source>Load the demo</source>
            <translation>Nạp dữ liệu mẫu</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/demo_offer.py" line="35" />
            <source>Start empty</source>
            <translation>Bắt đầu với dữ liệu trống</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/demo_offer.py" line="45" />
            <source>Demo data</source>
            <translation>Dữ liệu mẫu</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../dialogue_app/ui/errors.py" line="22" />
            <source>Something went wrong</source>
            <translation>Đã xảy ra sự cố</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/errors.py" line="24" />
            <source>Dialogue Desk met a problem it did not expect. Your saved work is safe; what you were doing may not have been saved. Please try again.</source>
            <translation>Dialogue Desk gặp một lỗi không lường trước. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi có thể chưa được lưu. Vui lòng thử lại.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/errors.py" line="32" />
            <source>If it happens again, send the log file to your IT staff: %1</source>
            <translation>Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho cán bộ công nghệ thông tin: %1</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/errors.py" line="43" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="108" />
            <source>Calendar</source>
            <translation>Lịch</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="112" />
            <source>The month, week and agenda views of every dialogue conference and reception day, with holidays marked. Until it is ready, use &lt;b&gt;Conferences&lt;/b&gt;.</source>
            <translation>Lịch tháng, tuần và danh sách các hội nghị đối thoại, ngày tiếp công dân, có đánh dấu ngày nghỉ lễ. Trong khi chờ, hãy dùng mục &lt;b&gt;Hội nghị&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="119" />
            <source>Conferences</source>
            <translation>Hội nghị</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="123" />
            <source>Plan dialogue conferences and reception days: chairs, venue, agencies, invited citizens, agenda; conflicts and holidays are checked as you type.</source>
            <translation>Lập kế hoạch hội nghị đối thoại và ngày tiếp công dân: người chủ trì, địa điểm, cơ quan, công dân được mời, chương trình; trùng lịch và ngày nghỉ được kiểm tra ngay khi nhập.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="129" />
            <source>Cases</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="133" />
            <source>The register of petitions: every issue citizens raise, its agency, its statutory deadline and its timeline until it is resolved.</source>
            <translation>Sổ theo dõi đơn thư: mọi vụ việc công dân nêu, cơ quan giải quyết, thời hạn theo luật và diễn biến cho đến khi giải quyết xong.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="139" />
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="143" />
            <source>Figures for any period: citizens received, petitions by type, field and agency, settlement rates on time and late, with charts and exports to Excel and PDF. This page is not built yet; the command line &lt;tt&gt;dialogue-app report&lt;/tt&gt; will come with it.</source>
            <translation>Số liệu theo kỳ bất kỳ: số lượt công dân được tiếp, đơn thư theo loại, lĩnh vực và cơ quan, tỷ lệ giải quyết đúng hạn và quá hạn, kèm biểu đồ và xuất ra Excel, PDF. Trang này chưa được xây dựng; lệnh &lt;tt&gt;dialogue-app report&lt;/tt&gt; sẽ có cùng lúc.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="151" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="154" />
            <source>The office profile, the language and the working-day calendar.</source>
            <translation>Thông tin cơ quan, ngôn ngữ và lịch ngày làm việc.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="203" />
            <source>Dialogue Desk</source>
            <translation>Dialogue Desk – Đối thoại và tiếp công dân</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/main_window.py" line="205" />
            <source>Database: %1</source>
            <translation>Cơ sở dữ liệu: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="59" />
            <location filename="../../dialogue_app/ui/settings_page.py" line="132" />
            <source>Office profile</source>
            <translation>Thông tin cơ quan</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="62" />
            <source>e.g. Office of the Provincial Party Committee</source>
            <translation>ví dụ: Văn phòng Tỉnh ủy</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="70" />
            <source>calendar months</source>
            <translation>theo tháng dương lịch</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="74" />
            <source> minutes before</source>
            <translation> phút trước</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="75" />
            <source>Office name</source>
            <translation>Tên cơ quan</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="76" />
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="77" />
            <source>Telephone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="78" />
            <source>Invitations sent by (name)</source>
            <translation>Người gửi giấy mời (tên)</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="79" />
            <source>Invitations sent by (e-mail)</source>
            <translation>Người gửi giấy mời (e-mail)</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="80" />
            <source>Monthly reports count from day</source>
            <translation>Báo cáo tháng tính từ ngày</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="81" />
            <source>Calendar reminder</source>
            <translation>Nhắc lịch</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="84" />
            <source>Save office profile</source>
            <translation>Lưu thông tin cơ quan</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="103" />
            <source>Enter your office's name and the e-mail invitations are sent from.</source>
            <translation>Hãy nhập tên cơ quan và địa chỉ e-mail dùng để gửi giấy mời.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="135" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="141" />
            <source>Enter the office's name.</source>
            <translation>Hãy nhập tên cơ quan.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="143" />
            <source>The invitation e-mail is not an e-mail address. Write it as name@example.gov.vn.</source>
            <translation>E-mail gửi giấy mời không đúng dạng. Hãy viết theo dạng ten@example.gov.vn.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="146" />
            <source>The report cut-off day must be between 1 and 28, or 0 for calendar months.</source>
            <translation>Ngày chốt số liệu báo cáo phải từ 1 đến 28, hoặc 0 nếu tính theo tháng dương lịch.</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="154" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../dialogue_app/ui/settings_page.py" line="164" />
            <source>Interface language</source>
            <translation>Ngôn ngữ giao diện</translation>
        </message>
    </context>
</TS>
