#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# ---------------------------------------------------------------------------
# Article texts. All names, places, figures are invented for this test set.
# A(cat, date, time, title, lead, paragraphs, caption, byline)
# ---------------------------------------------------------------------------
def A(cat, date, time, title, lead, paras, cap, by):
    return dict(cat=cat, date=date, time=time, title=title, lead=lead,
                paras=paras, cap=cap, by=by)

CONTENT = {}

# 1. Tân Dân SharePoint — tỉnh Hòa Sơn
CONTENT["tandan"] = [
 A("lanhdao", "2026-11-27", "17:05",
   "UBND tỉnh họp phiên thường kỳ tháng 11-2026",
   "Chiều 27/11, đồng chí Lò Văn Thịnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 11-2026 của UBND tỉnh Hòa Sơn.",
   ["Tại phiên họp, các đại biểu thảo luận báo cáo tình hình kinh tế - xã hội tháng 11 và nhiệm vụ trọng tâm tháng 12; dự thảo kế hoạch đầu tư công năm 2027 và 6 tờ trình trình kỳ họp cuối năm của HĐND tỉnh.",
    "Theo báo cáo của Sở Tài chính, tổng thu ngân sách trên địa bàn 11 tháng ước đạt 4.286 tỷ đồng, bằng 93,7% dự toán; giải ngân vốn đầu tư công đạt 71,2% kế hoạch vốn giao, thấp hơn mức bình quân chung.",
    "Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư lập tiến độ giải ngân theo tuần, kiên quyết điều chuyển vốn của các dự án chậm; các xã, phường tập trung hoàn thành việc hỗ trợ xóa nhà tạm trước ngày 20/12."],
   "Đồng chí Lò Văn Thịnh, Chủ tịch UBND tỉnh phát biểu kết luận phiên họp.", "Minh Tâm"),
 A("lanhdao", "2026-11-19", "10:30",
   "Chủ tịch UBND tỉnh làm việc với xã Nậm Khao về sắp xếp dân cư vùng sạt lở",
   "Sáng nay (19/11), đồng chí Lò Văn Thịnh, Chủ tịch UBND tỉnh cùng lãnh đạo một số sở, ngành đã kiểm tra khu tái định cư bản Huổi Pha và làm việc với Đảng ủy, UBND xã Nậm Khao.",
   ["Xã Nậm Khao hiện có 146 hộ sống trong vùng có nguy cơ sạt lở cao; đến nay đã di chuyển được 58 hộ đến điểm tái định cư tập trung, 23 hộ tái định cư xen ghép.",
    "Lãnh đạo xã kiến nghị tỉnh bổ sung kinh phí làm đường nội bộ, hệ thống nước sinh hoạt và hỗ trợ chuyển đổi sinh kế cho các hộ sau khi chuyển đến nơi ở mới.",
    "Đồng chí Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường rà soát quỹ đất sản xuất, Sở Xây dựng hoàn thiện thiết kế mẫu nhà ở phù hợp phong tục người Thái, bảo đảm người dân ổn định cuộc sống trước mùa mưa năm 2027."],
   "Đoàn công tác kiểm tra khu tái định cư bản Huổi Pha.", "Quang Huy"),
 A("lanhdao", "2026-11-12", "16:20",
   "Thường trực HĐND tỉnh giao ban quý IV, chuẩn bị kỳ họp thứ mười hai",
   "Ngày 12-11, dưới sự chủ trì của đồng chí Tòng Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh, Thường trực HĐND tỉnh tổ chức hội nghị giao ban quý IV năm 2026.",
   ["Hội nghị thống nhất dự kiến kỳ họp thứ mười hai HĐND tỉnh khóa XVI sẽ diễn ra trong 2 ngày, 9 và 10-12, xem xét 21 báo cáo, 17 dự thảo nghị quyết, trong đó có nghị quyết về bảng giá đất điều chỉnh.",
    "Các Ban HĐND tỉnh báo cáo kết quả giám sát chuyên đề việc thực hiện chính sách hỗ trợ học sinh bán trú và công tác quản lý khoáng sản tại các xã vùng cao.",
    "Chủ tịch HĐND tỉnh đề nghị UBND tỉnh gửi tài liệu kỳ họp đúng thời hạn, tối thiểu 10 ngày trước khai mạc, để các đại biểu có thời gian nghiên cứu, tiếp xúc cử tri."],
   "Quang cảnh hội nghị giao ban Thường trực HĐND tỉnh.", "Thu Trang"),
 A("ktxh", "2026-11-05", "08:45",
   "Hòa Sơn thu hút gần 1,9 triệu lượt khách du lịch trong 10 tháng",
   "Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng năm 2026 toàn tỉnh đón khoảng 1,89 triệu lượt khách, tăng 14% so với cùng kỳ; tổng thu từ du lịch ước đạt 3.120 tỷ đồng.",
   ["Các điểm du lịch cộng đồng ở bản Lác Mường, bản Phiêng Cại thu hút đông khách nhờ lễ hội hoa ban và mùa lúa chín; nhiều homestay được nâng cấp theo tiêu chuẩn OCOP du lịch.",
    "Ngành du lịch tỉnh đang phối hợp với các doanh nghiệp lữ hành xây dựng tuyến kết nối liên tỉnh, đồng thời tập huấn kỹ năng đón tiếp cho 320 hộ kinh doanh lưu trú.",
    "Dự kiến cả năm 2026, tỉnh đón 2,3 triệu lượt khách, vượt chỉ tiêu nghị quyết đề ra."],
   "Du khách trải nghiệm tại bản du lịch cộng đồng Lác Mường.", "Hoàng Lan"),
 A("ktxh", "2026-10-28", "15:10",
   "Khởi công tuyến đường kết nối trung tâm xã Pá Hịa với quốc lộ",
   "Sáng 28/10, Ban Quản lý dự án đầu tư xây dựng tỉnh tổ chức khởi công dự án cải tạo, nâng cấp tuyến đường từ trung tâm xã Pá Hịa đi quốc lộ, tổng mức đầu tư 186 tỷ đồng.",
   ["Tuyến đường dài 17,4 km, đạt tiêu chuẩn đường cấp V miền núi, được đầu tư từ nguồn ngân sách trung ương và ngân sách tỉnh, thời gian thi công 24 tháng.",
    "Phát biểu tại lễ khởi công, đồng chí Phó Chủ tịch UBND tỉnh Vì Văn Dũng đề nghị nhà thầu bố trí đủ nhân lực, máy móc, bảo đảm an toàn giao thông trong suốt quá trình thi công."],
   "Các đại biểu thực hiện nghi thức khởi công dự án.", "Văn Sơn"),
 A("ktxh", "2026-10-16", "09:00",
   "Nông dân Mường Lạn thu hoạch vụ cà phê đầu tiên theo chuỗi liên kết",
   "Những ngày giữa tháng 10, hơn 200 hộ dân xã Mường Lạn bắt đầu thu hoạch vụ cà phê chè đầu tiên sau 3 năm tham gia chuỗi liên kết với hợp tác xã và doanh nghiệp chế biến.",
   ["Năng suất bình quân đạt 1,6 tấn nhân/ha; giá thu mua quả tươi được doanh nghiệp cam kết cao hơn thị trường từ 1.000 đến 1.500 đồng/kg.",
    "Chính quyền xã cho biết sẽ tiếp tục vận động người dân chăm sóc theo quy trình hữu cơ để đủ điều kiện cấp mã số vùng trồng phục vụ xuất khẩu."],
   "Người dân xã Mường Lạn thu hái cà phê.", "Ngọc Ánh"),
 A("lanhdao", "2025-12-10", "18:00",
   "Bế mạc kỳ họp thứ mười HĐND tỉnh khóa XVI",
   "Sau 2 ngày làm việc khẩn trương, chiều 10-12, kỳ họp thứ mười HĐND tỉnh khóa XVI đã bế mạc. Đồng chí Tòng Thị Hạnh, Chủ tịch HĐND tỉnh chủ tọa kỳ họp.",
   ["Kỳ họp đã thông qua 19 nghị quyết, trong đó có nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 với 22 chỉ tiêu chủ yếu, tốc độ tăng trưởng tổng sản phẩm phấn đấu đạt 8,5%.",
    "Tại phiên chất vấn, 7 đại biểu đã nêu câu hỏi với Giám đốc các sở Y tế, Giáo dục và Đào tạo về tình trạng thiếu giáo viên, thiếu thuốc tại trạm y tế xã.",
    "Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị các cấp, các ngành sớm cụ thể hóa nghị quyết, đưa vào cuộc sống ngay từ những ngày đầu năm mới."],
   "Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp.", "Thu Trang"),
 A("ktxh", "2024-09-03", "07:30",
   "Tổng kết 10 năm thực hiện chương trình cứng hóa đường giao thông nông thôn",
   "Ngày 3/9, UBND tỉnh tổ chức hội nghị tổng kết 10 năm thực hiện chương trình cứng hóa đường giao thông nông thôn giai đoạn 2014 - 2024.",
   ["Sau 10 năm, toàn tỉnh đã cứng hóa được 2.740 km đường, trong đó nhân dân hiến 86 ha đất và đóng góp hơn 12 vạn ngày công lao động.",
    "Hội nghị đã khen thưởng 35 tập thể, 48 cá nhân có thành tích xuất sắc trong thực hiện chương trình."],
   "Đường bê tông về bản Co Muông.", "Văn Sơn"),
]

# 2. SharePoint "Trang" — tỉnh Hải Đông
CONTENT["trang"] = [
 A("82", "2026-11-26", "16:30",
   "Tỉnh ủy Hải Đông cho ý kiến vào dự thảo báo cáo chính trị Đại hội Đảng bộ các xã đặc khu",
   "Chiều 26/11, đồng chí Nguyễn Đức Thành - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo văn kiện đại hội của đặc khu Cô Tiên và Hòn Lớn.",
   ["Các ý kiến tập trung làm rõ lợi thế kinh tế biển, định hướng du lịch sinh thái cao cấp và yêu cầu bảo vệ rừng ngập mặn, rạn san hô.",
    "Bí thư Tỉnh ủy lưu ý các đặc khu xác định số ít chỉ tiêu nhưng có tính đột phá, gắn với nguồn lực cụ thể, tránh đặt mục tiêu chung chung.",
    "Hội nghị cũng thống nhất lộ trình tổ chức đại hội thí điểm tại đặc khu Hòn Lớn vào trung tuần tháng 12."],
   "Đồng chí Nguyễn Đức Thành phát biểu tại hội nghị.", "Thanh Hà"),
 A("82", "2026-11-20", "11:15",
   "UBND tỉnh họp thường kỳ tháng 11, xem xét nhiều nội dung quan trọng",
   "Sáng 20/11, đồng chí Phạm Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ UBND tỉnh tháng 11.",
   ["Phiên họp cho ý kiến vào đề án phát triển cảng biển Hải Đông đến năm 2035, dự thảo quy định giá dịch vụ thu gom rác thải và phương án đầu tư bệnh viện đa khoa khu vực phía Đông.",
    "Báo cáo cho thấy 11 tháng, tổng thu ngân sách nhà nước đạt 41.650 tỷ đồng; lượng khách quốc tế tăng 21% so với cùng kỳ.",
    "Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thiện hồ sơ trình HĐND tỉnh trước ngày 30/11, bảo đảm chất lượng và đúng quy trình."],
   "Quang cảnh phiên họp UBND tỉnh tháng 11.", "Hải Yến"),
 A("82", "2026-11-13", "15:00",
   "Phó Chủ tịch UBND tỉnh kiểm tra tiến độ giải phóng mặt bằng tuyến đường ven biển",
   "Ngày 13-11, đồng chí Đỗ Thị Hoài Thu, Phó Chủ tịch UBND tỉnh đã kiểm tra thực địa và làm việc với các địa phương về công tác giải phóng mặt bằng dự án đường ven biển đoạn qua phường Bãi Dài.",
   ["Đến nay dự án đã bàn giao 87% diện tích mặt bằng; còn 34 hộ chưa đồng thuận với phương án bồi thường do vướng mắc về nguồn gốc đất.",
    "Phó Chủ tịch UBND tỉnh đề nghị phường thành lập tổ công tác đối thoại với từng hộ, phấn đấu hoàn thành bàn giao mặt bằng trước ngày 31/12/2026."],
   "Đoàn công tác kiểm tra thực địa tại phường Bãi Dài.", "Minh Đức"),
 A("85", "2026-11-06", "09:40",
   "Kim ngạch xuất khẩu thủy sản 10 tháng đạt 412 triệu USD",
   "Theo số liệu của Sở Công Thương, 10 tháng năm 2026 kim ngạch xuất khẩu thủy sản của tỉnh đạt 412 triệu USD, tăng 9,3% so với cùng kỳ năm trước.",
   ["Các mặt hàng chủ lực là tôm chân trắng, cá tra phi lê và sản phẩm chả cá; thị trường Nhật Bản, Hàn Quốc và EU chiếm hơn 60% tổng kim ngạch.",
    "Hiệp hội doanh nghiệp tỉnh kiến nghị tiếp tục hỗ trợ thủ tục truy xuất nguồn gốc, chống khai thác hải sản bất hợp pháp để giữ thị trường châu Âu."],
   "Chế biến tôm xuất khẩu tại một doanh nghiệp trong khu công nghiệp.", "Khánh Linh"),
 A("85", "2026-10-22", "14:25",
   "Hải Đông tổ chức hội nghị xúc tiến đầu tư vào khu kinh tế ven biển",
   "Chiều 22/10, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư vào Khu kinh tế ven biển Hải Đông với sự tham dự của hơn 180 doanh nghiệp trong và ngoài nước.",
   ["Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư và biên bản ghi nhớ cho 12 dự án với tổng vốn đăng ký khoảng 2,1 tỷ USD, tập trung vào logistics, năng lượng tái tạo và công nghiệp chế biến.",
    "Lãnh đạo tỉnh cam kết rút ngắn 30% thời gian giải quyết thủ tục cho nhà đầu tư và bố trí cán bộ đồng hành với từng dự án."],
   "Lãnh đạo tỉnh trao quyết định chủ trương đầu tư cho các nhà đầu tư.", "Hải Yến"),
 A("bv", "2026-09-15", "08:00",
   "Đặc khu Cô Tiên: tiềm năng và định hướng phát triển",
   "Đặc khu Cô Tiên được thành lập từ ngày 1/7/2025 trên cơ sở huyện đảo cũ, có diện tích tự nhiên 312 km² với 46 hòn đảo lớn nhỏ.",
   ["Cô Tiên có hệ sinh thái biển đa dạng, nhiều bãi tắm hoang sơ và rạn san hô còn giữ được trạng thái tự nhiên; dân số khoảng 28.600 người, chủ yếu làm nghề biển và dịch vụ.",
    "Định hướng đến năm 2030, đặc khu phát triển thành trung tâm du lịch sinh thái biển, nghỉ dưỡng cao cấp, gắn với bảo tồn và bảo đảm quốc phòng, an ninh trên biển.",
    "Hạ tầng giao thông kết nối đất liền đang được đầu tư với cảng hành khách mới và tuyến cáp ngầm cấp điện lưới quốc gia."],
   "Một góc đặc khu Cô Tiên nhìn từ trên cao.", "Ban Biên tập"),
 A("bv", "2026-08-02", "08:00",
   "Lễ hội Cầu ngư Hải Đông được công nhận Di sản văn hóa phi vật thể quốc gia",
   "Bộ Văn hóa, Thể thao và Du lịch đã ban hành quyết định đưa Lễ hội Cầu ngư của cư dân ven biển Hải Đông vào Danh mục di sản văn hóa phi vật thể quốc gia.",
   ["Lễ hội được tổ chức hằng năm vào tháng Hai âm lịch tại các làng chài, gồm phần lễ tế cá Ông, rước thuyền và phần hội với hát bả trạo, đua thuyền thúng.",
    "Tỉnh sẽ tổ chức đón nhận bằng công nhận vào dịp lễ hội năm 2027, đồng thời xây dựng đề án bảo tồn, phát huy giá trị di sản gắn với du lịch."],
   "Nghi thức rước thuyền trong Lễ hội Cầu ngư.", "Ban Biên tập"),
]

# 3. Liferay friendly URLs — tỉnh Sơn Bắc
CONTENT["liferay"] = [
 A("chinh-tri", "2026-11-28", "19:20",
   "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8, khóa XX",
   "Ngày 28 tháng 11 năm 2026, Ban Chấp hành Đảng bộ tỉnh Sơn Bắc tổ chức Hội nghị lần thứ 8 khóa XX để đánh giá tình hình thực hiện nhiệm vụ năm 2026, cho ý kiến phương hướng năm 2027.",
   ["Đồng chí Hoàng Minh Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Báo cáo trình hội nghị nêu rõ tăng trưởng kinh tế năm 2026 ước đạt 9,1%, thu nhập bình quân đầu người đạt 112 triệu đồng; chỉ số cải cách hành chính tiếp tục nằm trong nhóm khá.",
    "Hội nghị dành nhiều thời gian thảo luận các giải pháp tháo gỡ khó khăn cho các khu công nghiệp, nâng cao chất lượng nguồn nhân lực và vận hành chính quyền địa phương hai cấp."],
   "Đồng chí Hoàng Minh Tuấn phát biểu khai mạc hội nghị.", "Đức Thắng"),
 A("chinh-tri", "2026-11-21", "11:00",
   "Phiên họp UBND tỉnh thường kỳ tháng 11: tập trung tháo gỡ vướng mắc giải ngân",
   "Sáng nay, 21-11, Chủ tịch UBND tỉnh Ngô Văn Lực chủ trì phiên họp UBND tỉnh thường kỳ tháng 11.",
   ["UBND tỉnh xem xét 9 nội dung, trong đó có dự thảo nghị quyết quy định mức hỗ trợ đối với người nghỉ việc do sắp xếp đơn vị hành chính cấp xã và kế hoạch vốn đầu tư công năm 2027.",
    "Đến ngày 15/11, tỉnh giải ngân được 7.430 tỷ đồng, đạt 68% kế hoạch. Nguyên nhân chủ yếu là vướng mặt bằng tại 14 dự án và thiếu vật liệu đắp nền.",
    "Chủ tịch UBND tỉnh yêu cầu lập tổ công tác đặc biệt do Phó Chủ tịch thường trực làm tổ trưởng, kiểm tra từng dự án và báo cáo hằng tuần."],
   "Chủ tịch UBND tỉnh Ngô Văn Lực kết luận phiên họp.", "Thanh Tùng"),
 A("chinh-tri", "2026-11-14", "15:45",
   "Đoàn ĐBQH tỉnh tiếp xúc cử tri sau kỳ họp tại phường Đồng Xuyên",
   "Chiều 14-11, Đoàn đại biểu Quốc hội tỉnh do đồng chí Trần Thị Bích Ngọc, Phó Trưởng đoàn chuyên trách làm trưởng đoàn đã tiếp xúc cử tri phường Đồng Xuyên.",
   ["Cử tri bày tỏ đồng tình với các luật được thông qua, đồng thời kiến nghị sớm ban hành văn bản hướng dẫn về đất đai, bảo hiểm xã hội một lần và quản lý trật tự đô thị sau sắp xếp.",
    "Thay mặt đoàn, Phó Trưởng đoàn chuyên trách tiếp thu, giải trình các ý kiến thuộc thẩm quyền và cam kết chuyển các kiến nghị đến cơ quan có thẩm quyền."],
   "Cử tri phường Đồng Xuyên phát biểu ý kiến.", "Lan Hương"),
 A("chinh-tri", "2026-10-30", "09:10",
   "Thường trực Tỉnh ủy làm việc với Đảng ủy xã Tân Trù",
   "Ngày 30/10, đồng chí Hoàng Minh Tuấn - Bí thư Tỉnh ủy và đồng chí Ngô Văn Lực - Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc với Ban Thường vụ Đảng ủy xã Tân Trù.",
   ["Sau 16 tháng vận hành mô hình chính quyền hai cấp, xã Tân Trù đã giải quyết 5.912 hồ sơ thủ tục hành chính, tỷ lệ đúng hạn đạt 98,6%.",
    "Đảng ủy xã kiến nghị bổ sung biên chế công chức địa chính, công nghệ thông tin và kinh phí sửa chữa trụ sở làm việc.",
    "Bí thư Tỉnh ủy ghi nhận kết quả của xã và giao các sở, ngành nghiên cứu, giải quyết kiến nghị trong tháng 11."],
   "Lãnh đạo tỉnh thăm Trung tâm phục vụ hành chính công xã Tân Trù.", "Đức Thắng"),
 A("thoi-su", "2026-11-25", "20:05",
   "Sơn Bắc khánh thành cầu Bến Vạn nối hai bờ sông Thương",
   "Sáng 25/11, UBND tỉnh tổ chức lễ khánh thành cầu Bến Vạn, công trình có tổng mức đầu tư 640 tỷ đồng, rút ngắn khoảng 18 km hành trình giữa hai khu công nghiệp.",
   ["Cầu dài 1.120 m, rộng 20,5 m, được thi công trong 27 tháng, vượt tiến độ 3 tháng so với hợp đồng.",
    "Cùng ngày, tỉnh phát động đợt trồng 2.000 cây xanh dọc tuyến đường dẫn lên cầu."],
   "Các đại biểu cắt băng khánh thành cầu Bến Vạn.", "Minh Khôi"),
 A("thoi-su", "2026-11-09", "10:40",
   "Hơn 3.000 người tham gia ngày hội việc làm sau sắp xếp khu công nghiệp",
   "Ngày 9/11, Trung tâm Dịch vụ việc làm tỉnh tổ chức ngày hội việc làm với 46 doanh nghiệp tham gia tuyển dụng khoảng 5.800 vị trí.",
   ["Nhiều doanh nghiệp điện tử, may mặc đưa ra mức lương khởi điểm từ 6,5 đến 9 triệu đồng/tháng, kèm chế độ nhà ở và xe đưa đón.",
    "Đã có 1.274 lao động được phỏng vấn trực tiếp, 712 người nhận thư mời làm việc ngay tại ngày hội."],
   "Người lao động tìm hiểu thông tin tuyển dụng.", "Lan Hương"),
 A("thoi-su", "2026-10-20", "16:50",
   "Tỉnh tổ chức tọa đàm phát huy vai trò phụ nữ trong phát triển kinh tế tập thể",
   "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, chiều 20/10, Hội LHPN tỉnh phối hợp với Liên minh Hợp tác xã tỉnh tổ chức tọa đàm.",
   ["Toàn tỉnh hiện có 214 hợp tác xã do phụ nữ làm chủ hoặc quản lý, tập trung vào trồng trọt, chế biến nông sản và dịch vụ du lịch cộng đồng.",
    "Các đại biểu đề xuất tăng hỗ trợ vốn vay ưu đãi, đào tạo thương mại điện tử để sản phẩm của chị em tiếp cận thị trường rộng hơn."],
   "Đại biểu dự tọa đàm tham quan gian trưng bày sản phẩm.", "Thu Huyền"),
]

# 4. Liferay JSON loadPage — tỉnh Đông Ninh
CONTENT["lrjson"] = [
 A("chinh-tri", "2026-11-30", "18:40",
   "Khai mạc kỳ họp thứ 14 HĐND tỉnh Đông Ninh khóa XIX",
   "Sáng 30-11, kỳ họp thứ 14 HĐND tỉnh khóa XIX khai mạc tại Trung tâm Hội nghị tỉnh. Đồng chí Vương Thị Hằng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ tọa kỳ họp.",
   ["Kỳ họp diễn ra trong 3 ngày, từ 30/11 đến 2/12, xem xét 28 báo cáo và 23 dự thảo nghị quyết, trong đó có nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027.",
    "Theo báo cáo của UBND tỉnh, tổng sản phẩm trên địa bàn năm 2026 ước tăng 8,8%; thu ngân sách nhà nước đạt 54.200 tỷ đồng, vượt 6% dự toán.",
    "Phiên chất vấn dự kiến diễn ra vào sáng 1/12 với các nhóm vấn đề về ô nhiễm môi trường làng nghề và chất lượng dịch vụ y tế cơ sở."],
   "Chủ tịch HĐND tỉnh Vương Thị Hằng phát biểu khai mạc kỳ họp.", "Trọng Nghĩa"),
 A("chinh-tri", "2026-11-24", "17:15",
   "Ban Thường vụ Tỉnh ủy cho ý kiến về đề án xây dựng đô thị di sản",
   "Chiều 24/11, đồng chí Lê Quang Vinh, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến đề án xây dựng đô thị di sản gắn với văn hóa Quan họ.",
   ["Đề án đặt mục tiêu đến năm 2035 bảo tồn, tôn tạo 49 làng Quan họ gốc, phát triển 6 tuyến du lịch văn hóa và xây dựng nhà hát Quan họ hiện đại.",
    "Các đại biểu đề nghị làm rõ nguồn lực thực hiện, cơ chế khuyến khích nghệ nhân truyền dạy và vai trò của cộng đồng dân cư."],
   "Quang cảnh hội nghị Ban Thường vụ Tỉnh ủy.", "Hà Phương"),
 A("chinh-tri", "2026-11-16", "10:05",
   "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11",
   "Sáng 16/11, tại Trụ sở Tiếp công dân tỉnh, đồng chí Đào Minh Châu, Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ.",
   ["Tại buổi tiếp, 5 công dân trình bày đề nghị liên quan đến bồi thường, hỗ trợ khi thu hồi đất thực hiện dự án khu đô thị phía Nam và cấp giấy chứng nhận quyền sử dụng đất.",
    "Chủ tịch UBND tỉnh giao Thanh tra tỉnh chủ trì, phối hợp các sở rà soát hồ sơ, trả lời bằng văn bản cho công dân trong thời hạn 15 ngày."],
   "Chủ tịch UBND tỉnh trao đổi với công dân.", "Trọng Nghĩa"),
 A("chinh-tri", "2026-11-03", "15:30",
   "Thường trực Chính phủ họp với các tỉnh vùng đồng bằng về đầu tư hạ tầng",
   "Chiều 3/11, tại hội trường UBND tỉnh Đông Ninh, Thường trực Chính phủ họp trực tuyến với các địa phương vùng đồng bằng về tiến độ các dự án hạ tầng giao thông trọng điểm.",
   ["Tỉnh Đông Ninh báo cáo tuyến vành đai 4 đoạn qua tỉnh đã hoàn thành 62% khối lượng, dự kiến thông xe kỹ thuật trong quý III/2027.",
    "Đồng chí Đào Minh Châu, Chủ tịch UBND tỉnh kiến nghị Trung ương sớm giao bổ sung vốn cho hạng mục nút giao liên thông với quốc lộ."],
   "Các đại biểu dự họp tại điểm cầu tỉnh Đông Ninh.", "Hà Phương"),
 A("chinh-tri", "2026-10-23", "09:20",
   "Hội nghị giao ban khối Dân vận quý III",
   "Ngày 23-10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2026.",
   ["Trong quý, các cấp đã xây dựng 312 mô hình “Dân vận khéo”, tập trung vào vận động hiến đất làm đường, phát triển sản xuất và xây dựng khu dân cư văn minh.",
    "Hội nghị đề ra nhiệm vụ tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, kịp thời giải quyết những vấn đề bức xúc ở cơ sở."],
   "Quang cảnh hội nghị giao ban khối Dân vận.", "Thảo Vy"),
 A("chinh-tri", "2026-10-09", "14:00",
   "Đại hội đại biểu Mặt trận Tổ quốc tỉnh lần thứ XVI thành công tốt đẹp",
   "Sau một ngày làm việc, chiều 9/10, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Đông Ninh lần thứ XVI, nhiệm kỳ 2026 - 2031 đã bế mạc.",
   ["Đại hội đã hiệp thương cử 95 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XVI; bà Nguyễn Thị Thu Hà được hiệp thương giữ chức Chủ tịch.",
    "Đại hội đề ra 5 chỉ tiêu chủ yếu, trong đó phấn đấu 100% khu dân cư tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc hằng năm."],
   "Ủy ban MTTQ tỉnh khóa XVI ra mắt đại hội.", "Thảo Vy"),
 A("kinh-te", "2026-11-27", "08:30",
   "Đông Ninh dẫn đầu vùng về thu hút vốn đầu tư nước ngoài",
   "Tính đến ngày 25/11, tỉnh Đông Ninh thu hút 4,62 tỷ USD vốn đầu tư trực tiếp nước ngoài, gồm cấp mới, điều chỉnh và góp vốn mua cổ phần.",
   ["Trong đó có 138 dự án cấp mới với vốn đăng ký 2,9 tỷ USD, chủ yếu từ Hàn Quốc, Trung Quốc và Singapore, trong lĩnh vực linh kiện điện tử, bán dẫn.",
    "Sở Tài chính cho biết tỉnh đang chuẩn bị quỹ đất sạch 1.200 ha tại 4 khu công nghiệp mới để đón làn sóng đầu tư tiếp theo."],
   "Dây chuyền sản xuất linh kiện điện tử tại khu công nghiệp.", "Quốc Bảo"),
 A("kinh-te", "2026-10-29", "16:10",
   "Làng nghề gỗ Đồng Kỵ Mới chuyển đổi sang sản xuất xanh",
   "Sau 2 năm thực hiện đề án di dời cơ sở sản xuất ra cụm công nghiệp, làng nghề gỗ Đồng Kỵ Mới đã giảm rõ rệt bụi, tiếng ồn trong khu dân cư.",
   ["Hiện 186 cơ sở đã chuyển vào cụm công nghiệp, đầu tư hệ thống hút bụi, sơn tĩnh điện; doanh thu toàn làng năm 2026 ước đạt 2.300 tỷ đồng.",
    "Nhiều hộ đã xây dựng gian hàng trực tuyến, đưa sản phẩm đồ gỗ mỹ nghệ ra thị trường quốc tế."],
   "Sản xuất đồ gỗ tại cụm công nghiệp làng nghề.", "Quốc Bảo"),
]

# 5. VNPT ArticleInMenu — tỉnh Tây Lĩnh
CONTENT["vnpt"] = [
 A("tin-chinh-tri", "2026-11-29", "16:55",
   "Tỉnh ủy Tây Lĩnh tổng kết công tác kiểm tra, giám sát năm 2026",
   "Ngày 29-11, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2026. Đồng chí Giàng A Chư, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.",
   ["Trong năm, cấp ủy các cấp đã kiểm tra 1.146 tổ chức đảng và 2.380 đảng viên; giám sát chuyên đề 870 tổ chức đảng; thi hành kỷ luật 94 đảng viên.",
    "Hội nghị đề ra nhiệm vụ năm 2027 tập trung kiểm tra việc thực hiện nghị quyết đại hội đảng các cấp và công tác quản lý đất đai, tài chính ở cơ sở."],
   "Đồng chí Giàng A Chư phát biểu tại hội nghị.", "Mai Hoa"),
 A("tin-chinh-tri", "2026-11-22", "10:20",
   "Đồng chí Bí thư Tỉnh ủy thăm, làm việc tại xã biên giới Mường Toong",
   "Sáng 22/11, đồng chí Cầm Văn Phong, Bí thư Tỉnh ủy cùng đoàn công tác đã đến thăm, làm việc tại xã biên giới Mường Toong.",
   ["Xã Mường Toong có 19 bản với 2.140 hộ, chủ yếu là đồng bào Mông, Khơ Mú; tỷ lệ hộ nghèo còn 31,4%.",
    "Bí thư Tỉnh ủy đề nghị xã phát huy vai trò người có uy tín, đẩy mạnh trồng cây ăn quả và chăn nuôi đại gia súc, gắn với giữ vững an ninh biên giới."],
   "Bí thư Tỉnh ủy tặng quà các hộ nghèo tại bản Huổi Lụ.", "Tuấn Anh"),
 A("tin-chinh-tri", "2026-11-11", "15:35",
   "HĐND tỉnh giám sát việc thực hiện chương trình mục tiêu quốc gia vùng đồng bào dân tộc",
   "Chiều 11-11, đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Lò Thị Mai, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã làm việc với UBND tỉnh.",
   ["Giai đoạn 2021 - 2026, tổng vốn thực hiện chương trình trên địa bàn tỉnh đạt hơn 6.800 tỷ đồng, giải ngân 84%; đã xây dựng 512 công trình hạ tầng thiết yếu.",
    "Đoàn giám sát chỉ ra tình trạng một số dự án hỗ trợ sản xuất manh mún, hiệu quả chưa cao; đề nghị UBND tỉnh chỉ đạo tổng kết, rút kinh nghiệm."],
   "Đoàn giám sát làm việc với UBND tỉnh.", "Mai Hoa"),
 A("tin-chinh-tri", "2026-10-31", "09:00",
   "Hội nghị học tập, quán triệt nghị quyết của Trung ương",
   "Ngày 31/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt các nghị quyết Hội nghị Trung ương tới 75 điểm cầu cơ sở.",
   ["Hơn 6.200 cán bộ, đảng viên đã tham dự hội nghị, nghe báo cáo viên Trung ương truyền đạt nội dung cơ bản của các nghị quyết.",
    "Sau hội nghị, các đảng bộ xã, phường xây dựng chương trình hành động, hoàn thành trước ngày 15/12."],
   "Hội nghị tại điểm cầu Tỉnh ủy.", "Tuấn Anh"),
 A("tin-chinh-tri", "2026-10-14", "14:45",
   "Tây Lĩnh kỷ niệm 130 năm thành lập tỉnh",
   "Tối 14-10, tại Quảng trường trung tâm, tỉnh Tây Lĩnh long trọng tổ chức lễ kỷ niệm 130 năm thành lập tỉnh và đón nhận Huân chương Lao động hạng Nhất.",
   ["Chương trình nghệ thuật với chủ đề “Tây Lĩnh - vững bước đi lên” tái hiện chặng đường lịch sử của vùng đất và con người các dân tộc trong tỉnh.",
    "Nhân dịp này, tỉnh khánh thành tượng đài chiến thắng và gắn biển 13 công trình chào mừng."],
   "Lãnh đạo tỉnh đón nhận Huân chương Lao động hạng Nhất.", "Hồng Nhung"),
 A("thong-tin-chi-dao-dieu-hanh", "2026-11-25", "11:30",
   "UBND tỉnh chỉ đạo ứng phó rét đậm, rét hại cho cây trồng, vật nuôi",
   "UBND tỉnh vừa ban hành Công văn số 3418/UBND-KT yêu cầu các sở, ngành, UBND các xã, phường triển khai biện pháp phòng, chống rét đậm, rét hại vụ đông xuân 2026 - 2027.",
   ["Các địa phương phải hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho trâu, bò; không thả rông gia súc lên vùng núi cao khi nhiệt độ dưới 10 độ C.",
    "Sở Nông nghiệp và Môi trường được giao theo dõi chặt diễn biến thời tiết, tham mưu hỗ trợ giống cho các hộ bị thiệt hại."],
   "Người dân che chắn chuồng trại cho gia súc.", "Hồng Nhung"),
 A("thong-tin-chi-dao-dieu-hanh", "2026-11-08", "08:15",
   "Phiên họp UBND tỉnh tháng 10 do Quyền Chủ tịch UBND tỉnh chủ trì",
   "Ngày 8/11, đồng chí Hà Trung Kiên, Quyền Chủ tịch UBND tỉnh chủ trì phiên họp UBND tỉnh thường kỳ tháng 10 năm 2026.",
   ["Phiên họp xem xét báo cáo tình hình kinh tế - xã hội 10 tháng, dự thảo đề án phát triển cây mắc ca và phương án phân bổ kinh phí sự nghiệp giáo dục.",
    "Quyền Chủ tịch UBND tỉnh yêu cầu tập trung thu hoạch, tiêu thụ nông sản vụ mùa, chuẩn bị tốt các điều kiện cho vụ đông xuân."],
   "Quyền Chủ tịch UBND tỉnh Hà Trung Kiên phát biểu kết luận.", "Tuấn Anh"),
 A("thong-tin-chi-dao-dieu-hanh", "2026-10-18", "10:00",
   "Tăng cường quản lý nhà nước về khai thác khoáng sản sau sắp xếp",
   "Chủ tịch UBND tỉnh đã ký chỉ thị về tăng cường quản lý nhà nước đối với hoạt động khai thác khoáng sản, cát, sỏi lòng suối trên địa bàn tỉnh.",
   ["Chỉ thị yêu cầu UBND các xã chịu trách nhiệm nếu để xảy ra khai thác trái phép kéo dài trên địa bàn; công khai đường dây nóng tiếp nhận phản ánh.",
    "Lực lượng công an, quân sự xã phối hợp tuần tra các điểm nóng dọc sông Nậm Na và suối Nậm Mạ."],
   "Khu vực suối Nậm Mạ.", "Mai Hoa"),
]

# 6. "common-title" CMS — tỉnh Nam Hưng
CONTENT["common"] = [
 A("c217", "2026-11-28", "14:20",
   "UBND tỉnh Nam Hưng họp phiên thường kỳ tháng 11 năm 2026",
   "Sáng 28/11, đồng chí Trịnh Văn Khởi - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 11 năm 2026 của UBND tỉnh.",
   ["Phiên họp thảo luận 14 nội dung, trong đó có các tờ trình về bảng giá đất năm 2027, quy định chính sách hỗ trợ nhà ở xã hội và điều chỉnh quy hoạch khu đô thị đại học.",
    "Tổng thu ngân sách 11 tháng đạt 19.760 tỷ đồng; kim ngạch xuất khẩu ước 6,3 tỷ USD, tăng 12,5% so với cùng kỳ.",
    "Chủ tịch UBND tỉnh yêu cầu không để phát sinh nợ đọng xây dựng cơ bản, các sở chuẩn bị kỹ nội dung trình kỳ họp HĐND tỉnh ngày 15 - 16/12."],
   "Chủ tịch UBND tỉnh Trịnh Văn Khởi chủ trì phiên họp.", "Bảo Ngọc"),
 A("c217", "2026-11-18", "09:30",
   "Khai trương Trung tâm điều hành đô thị thông minh tỉnh",
   "Ngày 18/11, UBND tỉnh Nam Hưng tổ chức lễ khai trương Trung tâm giám sát, điều hành đô thị thông minh (IOC) giai đoạn 2.",
   ["Trung tâm kết nối dữ liệu từ 420 camera giao thông, hệ thống phản ánh hiện trường và cơ sở dữ liệu dân cư, phục vụ chỉ đạo điều hành theo thời gian thực.",
    "Người dân có thể gửi phản ánh qua ứng dụng di động; thời gian xử lý bình quân được rút ngắn xuống còn 2,4 ngày."],
   "Lãnh đạo tỉnh bấm nút khai trương Trung tâm IOC giai đoạn 2.", "Minh Quân"),
 A("c217", "2026-11-07", "16:00",
   "Nam Hưng hoàn thành hỗ trợ xóa nhà tạm, nhà dột nát",
   "Chiều 7/11, Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh tổ chức hội nghị tổng kết, công bố hoàn thành chương trình trên địa bàn.",
   ["Toàn tỉnh đã hỗ trợ xây mới và sửa chữa 1.836 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách với tổng kinh phí hơn 98 tỷ đồng.",
    "Nhiều doanh nghiệp, nhà hảo tâm đã ủng hộ vật liệu, ngày công, góp phần hoàn thành chương trình sớm hơn kế hoạch."],
   "Bàn giao nhà mới cho hộ nghèo tại xã Hồng Lĩnh.", "Bảo Ngọc"),
 A("c217", "2026-10-25", "10:45",
   "Hội chợ nông sản và sản phẩm OCOP tỉnh năm 2026 thu hút đông khách",
   "Hội chợ nông sản và sản phẩm OCOP tỉnh Nam Hưng năm 2026 diễn ra từ ngày 23 đến 27/10 với 210 gian hàng của các hợp tác xã, doanh nghiệp trong và ngoài tỉnh.",
   ["Nhiều đặc sản như nhãn lồng sấy, tương bần, gà Đông Cảo được giới thiệu và kết nối tiêu thụ qua sàn thương mại điện tử.",
    "Ban tổ chức ước tính có khoảng 45.000 lượt khách tham quan, doanh thu bán hàng đạt gần 9 tỷ đồng."],
   "Khách tham quan gian hàng nhãn lồng sấy.", "Thu Thảo"),
 A("c220", "2026-11-24", "17:30",
   "Chủ tịch HĐND tỉnh chủ trì phiên họp Thường trực HĐND tháng 11",
   "Chiều 24/11, đồng chí Lê Thị Hồng Vân - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì phiên họp Thường trực HĐND tỉnh tháng 11.",
   ["Thường trực HĐND tỉnh thống nhất triệu tập kỳ họp thường lệ cuối năm vào ngày 15 và 16/12, xem xét 19 dự thảo nghị quyết.",
    "Phiên họp cũng cho ý kiến kế hoạch giám sát năm 2027, tập trung vào chuyển đổi số trong giải quyết thủ tục hành chính cấp xã."],
   "Quang cảnh phiên họp Thường trực HĐND tỉnh.", "Minh Quân"),
 A("c220", "2026-11-10", "08:50",
   "Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị vụ đông",
   "Sáng nay, 10-11, đồng chí Nguyễn Hữu Tiến, Phó Chủ tịch UBND tỉnh đã đi kiểm tra công tác sản xuất vụ đông tại các xã Tiên Lữ, Ân Thi.",
   ["Toàn tỉnh phấn đấu gieo trồng 9.500 ha cây vụ đông, trong đó ngô sinh khối và rau màu hàng hóa chiếm trên 60% diện tích.",
    "Phó Chủ tịch UBND tỉnh đề nghị các xã khuyến khích liên kết bao tiêu sản phẩm, áp dụng cơ giới hóa để giảm chi phí."],
   "Phó Chủ tịch UBND tỉnh kiểm tra ruộng ngô vụ đông.", "Thu Thảo"),
 A("c220", "2026-10-17", "15:15",
   "Lãnh đạo tỉnh đối thoại với doanh nghiệp quý III",
   "Ngày 17/10, UBND tỉnh tổ chức hội nghị đối thoại với cộng đồng doanh nghiệp quý III năm 2026 do đồng chí Trịnh Văn Khởi, Chủ tịch UBND tỉnh chủ trì.",
   ["Các doanh nghiệp nêu 37 ý kiến về thủ tục đất đai, phòng cháy chữa cháy, hoàn thuế giá trị gia tăng và kết nối hạ tầng khu công nghiệp.",
    "Chủ tịch UBND tỉnh yêu cầu các sở trả lời ngay tại hội nghị những vấn đề thuộc thẩm quyền; các kiến nghị khác phải có văn bản trả lời trong 10 ngày."],
   "Đại diện doanh nghiệp phát biểu tại hội nghị đối thoại.", "Bảo Ngọc"),
]

# 7. ASP.NET WebForms — Sở Nông nghiệp và Môi trường tỉnh Lạng Khê
CONTENT["webforms"] = [
 A("3", "2026-11-27", "15:40",
   "Sở Nông nghiệp và Môi trường triển khai kế hoạch trồng rừng năm 2027",
   "Chiều 27/11, Sở Nông nghiệp và Môi trường tỉnh Lạng Khê tổ chức hội nghị triển khai kế hoạch trồng rừng và chăm sóc rừng năm 2027.",
   ["Năm 2027, toàn tỉnh phấn đấu trồng mới 8.200 ha rừng, trong đó rừng gỗ lớn chiếm 25%; nâng tỷ lệ che phủ rừng lên 64,5%.",
    "Giám đốc Sở Hoàng Văn Quyết đề nghị các hạt kiểm lâm chuẩn bị đủ cây giống chất lượng, hướng dẫn người dân trồng đúng khung thời vụ."],
   "Hội nghị triển khai kế hoạch trồng rừng năm 2027.", "Phòng Kế hoạch - Tài chính"),
 A("3", "2026-11-18", "09:15",
   "Tập huấn phòng, chống bệnh dịch tả lợn châu Phi cho thú y cơ sở",
   "Ngày 18/11, Chi cục Chăn nuôi và Thú y tổ chức lớp tập huấn kỹ năng phát hiện sớm, xử lý ổ dịch tả lợn châu Phi cho 120 nhân viên thú y xã.",
   ["Học viên được hướng dẫn quy trình lấy mẫu, tiêu hủy lợn bệnh bảo đảm an toàn sinh học và cách sử dụng vắc xin đúng khuyến cáo.",
    "Từ đầu năm đến nay, dịch đã xảy ra tại 14 hộ ở 5 xã, buộc tiêu hủy 386 con lợn; hiện các ổ dịch đã qua 21 ngày không phát sinh ca mới."],
   "Học viên thực hành lấy mẫu xét nghiệm.", "Chi cục Chăn nuôi và Thú y"),
 A("3", "2026-11-06", "14:00",
   "Hội nghị tổng kết mô hình trồng hồi hữu cơ tại xã Văn Lãng",
   "Ngày 6-11, Trung tâm Khuyến nông tỉnh phối hợp UBND xã Văn Lãng tổng kết mô hình chăm sóc rừng hồi theo hướng hữu cơ.",
   ["Mô hình quy mô 30 ha với 42 hộ tham gia; sản lượng hoa hồi tươi tăng 18%, giá bán cao hơn hồi thông thường khoảng 20%.",
    "Các hộ kiến nghị được hỗ trợ chứng nhận hữu cơ và máy sấy để nâng giá trị sản phẩm."],
   "Cán bộ khuyến nông hướng dẫn người dân chăm sóc cây hồi.", "Trung tâm Khuyến nông"),
 A("3", "2026-10-26", "10:30",
   "Kiểm tra công tác quản lý chất thải rắn tại các xã vùng ven đô",
   "Từ ngày 21 đến 26/10, đoàn kiểm tra liên ngành do Phó Giám đốc Sở Nông Thị Lụa làm trưởng đoàn đã kiểm tra công tác thu gom, xử lý chất thải rắn tại 6 xã ven đô.",
   ["Qua kiểm tra, tỷ lệ thu gom rác thải sinh hoạt đạt 86%, song vẫn còn 9 điểm tập kết tự phát gần nguồn nước.",
    "Đoàn kiểm tra yêu cầu các xã xóa bỏ điểm tập kết tự phát trước ngày 30/11, tuyên truyền người dân phân loại rác tại nguồn."],
   "Đoàn kiểm tra tại bãi tập kết rác xã Mai Pha.", "Chi cục Bảo vệ môi trường"),
 A("3", "2026-10-12", "16:20",
   "Đẩy nhanh cấp mã số vùng trồng cho cây ăn quả xuất khẩu",
   "Sở Nông nghiệp và Môi trường vừa có văn bản đề nghị các xã đẩy nhanh việc rà soát, lập hồ sơ cấp mã số vùng trồng cho na, thạch đen và quýt.",
   ["Đến nay toàn tỉnh được cấp 86 mã số vùng trồng với diện tích 3.420 ha, mục tiêu đến hết năm 2026 đạt 110 mã số.",
    "Sở đề nghị các hợp tác xã ghi chép nhật ký sản xuất đầy đủ, đáp ứng yêu cầu truy xuất nguồn gốc của thị trường nhập khẩu."],
   "Vùng trồng na tại xã Chi Lăng.", "Phòng Trồng trọt"),
 A("3", "2026-09-29", "08:40",
   "Công bố kết quả quan trắc chất lượng nước sông Kỳ Cùng quý III",
   "Trung tâm Quan trắc tài nguyên và môi trường tỉnh vừa công bố kết quả quan trắc chất lượng nước mặt sông Kỳ Cùng quý III năm 2026.",
   ["Kết quả tại 12 điểm quan trắc cho thấy phần lớn chỉ tiêu đạt quy chuẩn cho mục đích cấp nước sinh hoạt sau xử lý; riêng 2 điểm gần khu dân cư có chỉ số amoni vượt ngưỡng.",
    "Trung tâm khuyến nghị tăng cường kiểm soát nước thải từ cơ sở chăn nuôi và chợ đầu mối dọc sông."],
   "Lấy mẫu nước tại điểm quan trắc cầu Kỳ Lừa.", "Trung tâm Quan trắc"),
 A("3", "2026-09-14", "15:05",
   "Lạng Khê hỗ trợ người dân khôi phục sản xuất sau lũ quét",
   "Thực hiện chỉ đạo của UBND tỉnh, Sở Nông nghiệp và Môi trường đã cấp 18 tấn giống lúa, 4 tấn giống ngô hỗ trợ các hộ bị thiệt hại do lũ quét đầu tháng 9.",
   ["Trận lũ làm ngập, vùi lấp 640 ha lúa và hoa màu tại 9 xã, hư hỏng 27 công trình thủy lợi nhỏ.",
    "Sở đã cử cán bộ kỹ thuật xuống từng thôn hướng dẫn khắc phục, gieo trồng lại các loại cây ngắn ngày."],
   "Cấp giống hỗ trợ người dân xã Tràng Định.", "Văn phòng Sở"),
]

# 8. Invented CMS — thành phố Vân Hải
CONTENT["invented"] = [
 A("thoi-su", "2026-11-30", "21:10",
   "Thành phố Vân Hải thông qua 16 nghị quyết tại kỳ họp cuối năm",
   "Chiều 30.11, kỳ họp thứ 9 HĐND thành phố Vân Hải khóa XI bế mạc sau 2 ngày làm việc. Đồng chí Thạch Sô Phal, Chủ tịch HĐND thành phố chủ tọa kỳ họp.",
   ["Kỳ họp đã thông qua 16 nghị quyết, trong đó có nghị quyết về dự toán ngân sách năm 2027 với tổng chi 27.400 tỷ đồng và danh mục 58 công trình cần thu hồi đất.",
    "Tại phiên chất vấn, cử tri quan tâm tình trạng ngập úng cục bộ ở các phường trung tâm và tiến độ xây dựng các trường học mới.",
    "Chủ tịch HĐND thành phố yêu cầu UBND thành phố thực hiện nghiêm các cam kết đã nêu tại phiên chất vấn và báo cáo kết quả tại kỳ họp giữa năm 2027."],
   "Các đại biểu biểu quyết thông qua nghị quyết.", "Nhật Minh"),
 A("thoi-su", "2026-11-23", "07:45",
   "Khánh thành tuyến kè chống sạt lở bờ sông Vàm Lá",
   "Ngày 23.11, UBND thành phố khánh thành tuyến kè chống sạt lở bờ sông Vàm Lá dài 2,6 km, bảo vệ an toàn cho hơn 900 hộ dân hai phường ven sông.",
   ["Công trình có tổng vốn 312 tỷ đồng từ ngân sách trung ương hỗ trợ, kết hợp đường dạo và công viên ven sông.",
    "Người dân khu vực bày tỏ vui mừng vì không còn phải lo sợ mỗi mùa triều cường."],
   "Tuyến kè sông Vàm Lá sau khi hoàn thành.", "Ngọc Hân"),
 A("thoi-su", "2026-11-02", "14:30",
   "Tuần lễ văn hóa Khmer chào mừng lễ hội Ok Om Bok",
   "Từ ngày 30.10 đến 2.11, thành phố tổ chức tuần lễ văn hóa, thể thao đồng bào Khmer chào mừng lễ hội Ok Om Bok năm 2026.",
   ["Hoạt động nổi bật là giải đua ghe ngo với 24 đội tham gia, hội thi trình diễn trang phục truyền thống và chợ phiên ẩm thực.",
    "Ông Sơn Thị Kim Huê, Phó Chủ tịch UBND thành phố, trao giải và chúc mừng bà con nhân dịp lễ hội."],
   "Giải đua ghe ngo trên sông Vàm Lá.", "Ngọc Hân"),
 A("chinh-quyen", "2026-11-26", "16:00",
   "UBND thành phố họp đánh giá tình hình kinh tế - xã hội tháng 11",
   "Chiều 26.11, ông Lâm Quốc Hưng - Chủ tịch UBND thành phố chủ trì phiên họp thường kỳ đánh giá tình hình kinh tế - xã hội tháng 11 năm 2026.",
   ["Tổng thu ngân sách 11 tháng đạt 21.940 tỷ đồng; giải ngân vốn đầu tư công đạt 74,5% kế hoạch.",
    "Chủ tịch UBND thành phố yêu cầu các phường chuẩn bị chu đáo các hoạt động phục vụ nhân dân vui Xuân đón Tết, bảo đảm không để hộ nào thiếu Tết."],
   "Ông Lâm Quốc Hưng phát biểu tại phiên họp.", "Nhật Minh"),
 A("chinh-quyen", "2026-11-12", "09:55",
   "Thành phố đối thoại với hộ kinh doanh về chuyển đổi hóa đơn điện tử",
   "Sáng 12.11, UBND thành phố phối hợp cơ quan thuế tổ chức hội nghị đối thoại với hơn 300 hộ kinh doanh về việc sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
   ["Nhiều hộ kinh doanh chia sẻ khó khăn về chi phí thiết bị, kỹ năng sử dụng phần mềm; cơ quan thuế cam kết hỗ trợ miễn phí trong 12 tháng đầu.",
    "Đến nay đã có 2.416 hộ kinh doanh trên địa bàn đăng ký sử dụng hóa đơn điện tử."],
   "Cán bộ thuế hướng dẫn hộ kinh doanh sử dụng phần mềm.", "Thanh Trúc"),
 A("chinh-quyen", "2026-10-19", "11:20",
   "Phường Châu Văn ra mắt mô hình “Tổ dân phố số”",
   "Ngày 19.10, UBND phường Châu Văn ra mắt mô hình “Tổ dân phố số” tại 18 tổ dân phố.",
   ["Mỗi tổ có tổ công nghệ số cộng đồng hỗ trợ người dân cài đặt định danh điện tử, thanh toán không dùng tiền mặt và nộp hồ sơ trực tuyến.",
    "Sau một tháng thí điểm, tỷ lệ hồ sơ trực tuyến toàn trình của phường tăng từ 42% lên 67%."],
   "Tổ công nghệ số cộng đồng hỗ trợ người dân.", "Thanh Trúc"),
 A("chinh-quyen", "2026-09-30", "15:00",
   "Sơ kết 9 tháng thực hiện chương trình chuyển đổi số thành phố",
   "Chiều 30.9, Ban Chỉ đạo chuyển đổi số thành phố sơ kết 9 tháng thực hiện chương trình năm 2026.",
   ["Thành phố đã số hóa 1,26 triệu hồ sơ, giấy tờ; 100% phường có điểm wifi công cộng tại trụ sở.",
    "Ban Chỉ đạo đề ra 12 nhiệm vụ trọng tâm quý IV, trong đó ưu tiên hoàn thiện kho dữ liệu dùng chung."],
   "Quang cảnh hội nghị sơ kết.", "Nhật Minh"),
]

# 9. Commune site, old-style tables, windows-1258 — xã Tân Phước
CONTENT["commune"] = [
 A("1", "2026-11-26", "08:00",
   "Kỳ họp thứ tám HĐND xã Tân Phước khóa I",
   "Ngày 26-11, Hội đồng nhân dân (HĐND) xã Tân Phước tổ chức kỳ họp thứ tám, khóa I, nhiệm kỳ 2021 - 2026. Đồng chí Kiều Văn Bảy, Chủ tịch HĐND xã chủ tọa kỳ họp.",
   ["Kỳ họp đánh giá năm 2026 tổng giá trị sản xuất ước đạt 1.642 tỷ đồng, thu nhập bình quân đầu người 78 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,2%.",
    "Các đại biểu đã thông qua 7 nghị quyết, trong đó có nghị quyết dự toán thu, chi ngân sách xã năm 2027 và danh mục công trình đầu tư công.",
    "Kỳ họp cũng nghe báo cáo kết quả giải quyết 43 kiến nghị cử tri trước kỳ họp."],
   "Quang cảnh kỳ họp HĐND xã.", "Văn phòng HĐND - UBND xã"),
 A("1", "2026-11-14", "14:00",
   "UBND xã Tân Phước họp thường kỳ tháng 11",
   "Chiều 14/11, ông Huỳnh Văn Tám - Chủ tịch UBND xã chủ trì cuộc họp thường kỳ tháng 11.",
   ["Cuộc họp đánh giá kết quả thu hoạch lúa thu đông, tiến độ cấp giấy chứng nhận quyền sử dụng đất và công tác chuẩn bị Tết Nguyên đán.",
    "Chủ tịch UBND xã giao các ấp rà soát hộ khó khăn để vận động hỗ trợ quà Tết, bảo đảm mọi người dân đều có Tết."],
   "Ông Huỳnh Văn Tám phát biểu tại cuộc họp.", "Ngọc Trâm"),
 A("1", "2026-10-30", "09:30",
   "Ra quân tổng vệ sinh môi trường ấp Phước Lộc",
   "Sáng 30/10, Ủy ban MTTQ xã phối hợp Đoàn Thanh niên ra quân tổng vệ sinh môi trường tại ấp Phước Lộc.",
   ["Hơn 150 đoàn viên, hội viên và người dân đã phát quang 3,5 km đường giao thông nông thôn, khơi thông cống rãnh và trồng 400 cây hoa.",
    "Hoạt động nhằm hưởng ứng phong trào xây dựng xã nông thôn mới kiểu mẫu."],
   "Đoàn viên thanh niên dọn vệ sinh đường ấp.", "Đoàn xã"),
 A("2", "2026-10-15", "10:00",
   "Thông báo lịch tiếp công dân của Chủ tịch UBND xã quý IV năm 2026",
   "UBND xã Tân Phước thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong quý IV năm 2026.",
   ["Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm tuần thứ hai và thứ tư hằng tháng, tại phòng tiếp công dân, Trụ sở UBND xã.",
    "Công dân đến trình bày phải mang theo giấy tờ tùy thân và các tài liệu có liên quan."],
   "Trụ sở UBND xã Tân Phước.", "Văn phòng HĐND - UBND xã"),
 A("2", "2026-09-22", "15:30",
   "Tân Phước tổ chức Ngày hội Đại đoàn kết toàn dân tộc ấp Phước Hòa",
   "Chiều 22/9, tại nhà văn hóa ấp Phước Hòa, Ban công tác Mặt trận ấp tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026.",
   ["Dịp này, ấp đã trao 20 phần quà cho hộ có hoàn cảnh khó khăn và tuyên dương 12 gia đình văn hóa tiêu biểu.",
    "Nhân dân trong ấp đã đóng góp 186 triệu đồng và hiến 1.200 m² đất làm đường giao thông."],
   "Trao quà cho hộ khó khăn ấp Phước Hòa.", "Ngọc Trâm"),
 A("1", "2025-12-18", "08:30",
   "Tân Phước được công nhận xã đạt chuẩn nông thôn mới nâng cao",
   "Ngày 18/12/2025, xã Tân Phước long trọng tổ chức lễ đón nhận bằng công nhận xã đạt chuẩn nông thôn mới nâng cao.",
   ["Sau 3 năm phấn đấu, xã đã hoàn thành 19/19 tiêu chí nông thôn mới nâng cao, với tổng nguồn lực huy động hơn 96 tỷ đồng.",
    "Xã đặt mục tiêu đến năm 2027 trở thành xã nông thôn mới kiểu mẫu về phát triển cây ăn trái."],
   "Lãnh đạo xã đón nhận bằng công nhận.", "Văn phòng HĐND - UBND xã"),
]

# 10. WordPress-like — Hội LHPN tỉnh Hải Đông
CONTENT["wp"] = [
 A("tin-hoat-dong", "2026-11-27", "09:12",
   "Hội LHPN tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 6",
   "Ngày 27/11, Hội Liên hiệp Phụ nữ tỉnh Hải Đông tổ chức hội nghị Ban Chấp hành lần thứ 6, khóa XVII. Đồng chí H'Lan Byă, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.",
   ["Năm 2026, các cấp Hội đã hỗ trợ 1.240 phụ nữ khởi nghiệp, thành lập mới 36 tổ hợp tác và 9 hợp tác xã do phụ nữ quản lý.",
    "Hội nghị thống nhất chọn chủ đề năm 2027 là “Phụ nữ Hải Đông chuyển đổi số, phát triển kinh tế xanh”."],
   "Đồng chí H'Lan Byă phát biểu tại hội nghị.", "Thùy Dung"),
 A("tin-hoat-dong", "2026-11-19", "15:40",
   "Trao 50 suất học bổng “Nâng bước em đến trường” cho học sinh vùng biển",
   "Chiều 19/11, Hội LHPN tỉnh phối hợp các nhà tài trợ trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn tại các xã đảo.",
   ["Mỗi suất học bổng trị giá 2 triệu đồng kèm sách vở, áo phao; tổng giá trị hơn 130 triệu đồng.",
    "Chương trình đã được duy trì 8 năm liên tục, giúp hơn 600 học sinh tiếp tục đến trường."],
   "Trao học bổng cho học sinh đặc khu Cô Tiên.", "Thùy Dung"),
 A("tin-hoat-dong", "2026-10-20", "08:05",
   "Kỷ niệm 96 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
   "Sáng 20/10, Hội LHPN tỉnh long trọng tổ chức lễ kỷ niệm 96 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2026).",
   ["Tại buổi lễ, 18 tập thể và 32 cá nhân được tặng Bằng khen của Trung ương Hội vì thành tích xuất sắc trong phong trào thi đua.",
    "Lãnh đạo tỉnh ghi nhận vai trò của các cấp Hội trong thực hiện chương trình xóa nhà tạm và chăm lo phụ nữ yếu thế."],
   "Các đại biểu dự lễ kỷ niệm.", "Kim Oanh"),
 A("tin-hoat-dong", "2026-10-02", "14:25",
   "Tập huấn kỹ năng bán hàng trực tuyến cho hội viên nông thôn",
   "Ngày 2/10, Hội LHPN tỉnh mở lớp tập huấn kỹ năng bán hàng trực tuyến cho 80 hội viên là chủ hộ kinh doanh, thành viên hợp tác xã.",
   ["Học viên được hướng dẫn chụp ảnh sản phẩm, livestream bán hàng và sử dụng các sàn thương mại điện tử.",
    "Nhiều chị em đã mở gian hàng ngay sau buổi tập huấn với sản phẩm nước mắm, mực khô và hải sản chế biến."],
   "Hội viên thực hành livestream bán hàng.", "Kim Oanh"),
 A("binh-dang-gioi", "2026-11-25", "10:00",
   "Phát động Tháng hành động vì bình đẳng giới năm 2026",
   "Sáng 25/11, Hội LHPN tỉnh phối hợp Sở Nội vụ phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026.",
   ["Tháng hành động diễn ra đến ngày 15/12 với chủ đề thúc đẩy vai trò của nam giới trong chia sẻ việc nhà và chăm sóc gia đình.",
    "Các cấp Hội sẽ tổ chức diễu hành, đối thoại chính sách và ra mắt thêm 15 địa chỉ tin cậy tại cộng đồng."],
   "Diễu hành hưởng ứng Tháng hành động vì bình đẳng giới.", "Thùy Dung"),
 A("binh-dang-gioi", "2026-09-18", "16:30",
   "Ra mắt câu lạc bộ “Thủ lĩnh của sự thay đổi” tại xã Đầm Hà Mới",
   "Chiều 18/9, Hội LHPN xã Đầm Hà Mới ra mắt câu lạc bộ “Thủ lĩnh của sự thay đổi” với 30 thành viên là học sinh trung học cơ sở.",
   ["Câu lạc bộ sinh hoạt hằng tháng với các chủ đề kỹ năng sống, phòng chống xâm hại và bình đẳng giới trong nhà trường.",
    "Đây là câu lạc bộ thứ 42 được thành lập trên địa bàn tỉnh."],
   "Các thành viên câu lạc bộ ra mắt.", "Kim Oanh"),
]

# ---------------------------------------------------------------------------
# Core helpers
# ---------------------------------------------------------------------------
import base64, datetime as _dt, hashlib, html as _html, json, re, sys, threading, unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit, quote

PORT = 8766
TZ = _dt.timezone(_dt.timedelta(hours=7))
E = _html.escape

def slugify(s, keep_case=False):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    if not keep_case:
        s = s.lower()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")
    return s

def h6(s, n=6):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]

def views(a):
    return 150 + int(hashlib.md5(a["title"].encode()).hexdigest()[:4], 16) % 4000

def dmy(a):
    y, m, d = a["date"].split("-")
    return f"{d}/{m}/{y}"

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

def today_bar():
    t = _dt.datetime.now(TZ)
    return f"{WD[t.weekday()]}, ngày {t.day:02d}/{t.month:02d}/{t.year}"

def weekday_of(a):
    y, m, d = map(int, a["date"].split("-"))
    return WD[_dt.date(y, m, d).weekday()]

TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP////////////////////////////////////////"
    "//////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAA"
    "AAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
TINY_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

class Req:
    def __init__(self, method, target, headers, body):
        self.method = method
        u = urlsplit(target)
        self.path = u.path
        self.query = u.query
        self.qs = {k: v[0] for k, v in parse_qs(u.query, keep_blank_values=True).items()}
        self.qsl = {k.lower(): v for k, v in self.qs.items()}
        self.headers = headers
        self.body = body or b""
        ctype = (headers.get("Content-Type") or "").lower()
        self.form, self.json = {}, None
        if self.body:
            if "json" in ctype:
                try:
                    self.json = json.loads(self.body.decode("utf-8"))
                except Exception:
                    self.json = None
            else:
                self.form = {k: v[0] for k, v in parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True).items()}

class Resp:
    def __init__(self, status=200, body="", ctype="text/html; charset=utf-8", headers=None, encoding="utf-8"):
        self.status, self.ctype, self.headers = status, ctype, headers or {}
        self.body = body if isinstance(body, bytes) else body.encode(encoding)

def redirect(loc, code=302):
    return Resp(code, f'<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="{E(loc)}">here</a>.</h2></body></html>',
                headers={"Location": loc})

def not_found(msg="404 - Không tìm thấy trang"):
    return Resp(404, f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>404</title></head><body><h1>{msg}</h1></body></html>")

def figure(src, cap, cls="image"):
    return (f'<table class="{cls}" align="center"><tbody><tr><td><img src="{src}" alt="{E(cap)}" width="600"></td></tr>'
            f'<tr><td class="image_desc"><em>{E(cap)}</em></td></tr></tbody></table>')

def paras_html(a, img, pcls=""):
    c = f' class="{pcls}"' if pcls else ""
    out = [f"<p{c}>{E(p)}</p>" for p in a["paras"]]
    out.insert(1, figure(img, a["cap"]))
    out.append(f'<p style="text-align:right"><strong>{E(a["by"])}</strong></p>')
    return "\n".join(out)

def share_bar():
    return ('<div class="share-bar"><span>Chia sẻ:</span> <a class="fb" href="javascript:void(0)" onclick="shareFb()">Facebook</a> '
            '<a class="zalo" href="javascript:void(0)">Zalo</a> <a href="javascript:window.print()">In bài</a> '
            '<a href="mailto:?subject=tin">Gửi email</a></div>')

def rss_xml(title, link, items):
    it = "".join(
        f"<item><title>{E(t)}</title><link>{E(u)}</link><guid>{E(u)}</guid><pubDate>{pd}</pubDate><description>{E(d)}</description></item>"
        for t, u, pd, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{E(title)}</title>'
            f"<link>{E(link)}</link><description>{E(title)}</description>{it}</channel></rss>")

def rfc822(a):
    y, m, d = map(int, a["date"].split("-"))
    hh, mm = map(int, a["time"].split(":"))
    return _dt.datetime(y, m, d, hh, mm, tzinfo=TZ).strftime("%a, %d %b %Y %H:%M:%S +0700")

class Site:
    name = family = ip = home_path = note = ""
    key = ""
    def __init__(self):
        arts = [dict(a) for a in CONTENT[self.key]]
        arts.sort(key=lambda a: (a["date"], a["time"]), reverse=True)
        for i, a in enumerate(arts):
            a["n"] = i
        self.arts = arts
        self.setup()
        for a in self.arts:
            a["url"] = self.url_of(a)
    def setup(self): pass
    @property
    def base(self): return f"http://{self.ip}:{PORT}"
    def cat(self, c): return [a for a in self.arts if a["cat"] == c]
    def page(self, lst, n, size):
        return lst[(n - 1) * size: n * size], max(1, -(-len(lst) // size))
    def expected(self):
        return {"site": self.name, "home": self.base + self.home_path, "family": self.family,
                "articles": [{"url": self.base + a["url"], "title": a["title"], "published": a["date"]} for a in self.arts],
                "non_articles_note": self.note}
    def handle(self, req):
        raise NotImplementedError

# ---------------------------------------------------------------------------
# 1. Tân Dân SharePoint portal, second markup (.tandan-title-view ...)
# ---------------------------------------------------------------------------
class TanDan(Site):
    key = "tandan"; name = "hoason-tandan"; ip = "127.0.1.1"
    family = "Tân Dân SharePoint portal (second markup .tandan-title-view/.tandan-date-view/.tandan-content-view)"
    home_path = "/portal/Pages/default.aspx"
    CATS = {"lanhdao": ("Hoat-dong-lanh-dao-UBND-tinh.aspx", "Hoạt động lãnh đạo UBND tỉnh"),
            "ktxh": ("Tin-kinh-te-xa-hoi.aspx", "Tin kinh tế - xã hội")}
    SIZE = 3
    note = ("Home /portal/Pages/default.aspx (/ and /portal redirect 302). Sections /portal/Pages/Hoat-dong-lanh-dao-UBND-tinh.aspx and "
            "/portal/Pages/Tin-kinh-te-xa-hoi.aspx with ?PageIndex=N (2 and 2 pages). Paths are case-insensitive (SharePoint): "
            "menu links use /portal/Pages/, article links /portal/pages/ (lower-case, dated YYYY-M-D without zero padding, or year-only for old items). "
            "Non-articles: Gioi-thieu.aspx, Lien-he.aspx, Tim-kiem.aspx?k=, Lich-cong-tac.aspx, login /_layouts/15/Authenticate.aspx, photos under /portal/Photos/. "
            "Header prints today's date; no RSS, no sitemap.")
    def url_of(self, a):
        y, m, d = map(int, a["date"].split("-"))
        if y < 2026:
            return f"/portal/pages/{y}/{slugify(a['title'])}.aspx"
        return f"/portal/pages/{y}-{m}-{d}/{slugify(a['title'], True)}-{h6(a['title'])}.aspx"
    def img(self, a): return f"/portal/Photos/{a['date']}/{h6(a['title'], 8)}.jpg"
    def shell(self, title, main, req):
        menu = "".join(f'<li><a href="/portal/Pages/{p}">{E(t)}</a></li>' for p, t in self.CATS.values())
        most = "".join(f'<li><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(self.arts, key=views, reverse=True)[:5])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(title)} - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA SƠN</title>
<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css" /></head>
<body><form method="post" action="{E(req.path)}" id="aspnetForm">
<input type="hidden" name="__REQUESTDIGEST" value="0x{h6(title,32)},01 Dec 2026 00:00:00 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2Q{h6(title,12)}=" />
<div id="s4-ribbonrow"><div id="s4-ribboncont"><span class="ms-siteactions-root">Thao tác trang</span> <a href="/_layouts/15/Authenticate.aspx?Source=%2Fportal">Đăng nhập</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="banner"><a href="/portal/Pages/default.aspx"><img src="/portal/Style%20Library/images/banner.jpg" alt="Cổng thông tin điện tử tỉnh Hòa Sơn" /></a></div>
<div class="tandan-date-now">{today_bar()}</div>
<ul class="tandan-menu"><li><a href="/portal/Pages/default.aspx">Trang chủ</a></li><li><a href="/portal/Pages/Gioi-thieu.aspx">Giới thiệu</a></li>{menu}
<li><a href="/portal/Pages/Lich-cong-tac.aspx">Lịch công tác</a></li><li><a href="/portal/Pages/Lien-he.aspx">Liên hệ</a></li></ul>
<div class="search"><input name="k" /><a href="/portal/Pages/Tim-kiem.aspx?k=">Tìm kiếm</a></div></div>
<div class="tandan-body"><div class="col-main">{main}</div>
<div class="col-right"><div class="tandan-box"><div class="box-title">Tin đọc nhiều</div><ul class="most-read">{most}</ul></div>
<div class="tandan-box"><div class="box-title">Liên kết website</div><select><option>-- Chọn liên kết --</option><option>Cổng TTĐT Chính phủ</option></select></div>
<div class="tandan-box">Lượt truy cập: 9.482.117</div></div></div>
<div class="tandan-footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hòa Sơn<br />Địa chỉ: số 8 đường Tô Hiệu, phường Chiềng Lề, tỉnh Hòa Sơn. Điện thoại: 0212.3852.xxx<br />
Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Hòa Sơn" khi phát hành lại thông tin từ Cổng này.</div>
</div></div></form></body></html>"""
    def item(self, a):
        return (f'<div class="channel-news-item"><div class="channel-news-img"><img src="{self.img(a)}" /></div>'
                f'<div class="channel-news-title"><a href="{a["url"]}">{E(a["title"])}</a></div>'
                f'<div class="channel-news-date">({a["time"]} | {dmy(a)})</div><div class="channel-news-summary">{E(a["lead"])}</div></div>')
    def listing(self, req, key):
        fname, label = self.CATS[key]
        try:
            n = int(req.qsl.get("pageindex", "1"))
        except ValueError:
            n = 1
        items, total = self.page(self.cat(key), n, self.SIZE)
        if not items:
            return not_found()
        pager = []
        for i in range(1, total + 1):
            pager.append(f'<span class="CurrentPage">{i}</span>' if i == n else f'<a href="{fname}?PageIndex={i}">{i}</a>')
        if n < total:
            pager.append(f'<a href="{fname}?PageIndex={n+1}" class="next">Trang sau</a>')
        main = (f'<div class="tandan-channel"><h2 class="channel-title">{E(label)}</h2>{"".join(self.item(a) for a in items)}'
                f'<div class="pager">{" ".join(pager)}</div></div>')
        return Resp(body=self.shell(label, main, req))
    def article(self, req, a):
        rel = [x for x in self.cat(a["cat"]) if x is not a][:4]
        tags = " ".join(f'<a href="/portal/Pages/Tim-kiem.aspx?tag={quote(t)}">{E(t)}</a>' for t in ("UBND tỉnh", "Hòa Sơn"))
        main = f"""<div class="breadcrumb"><a href="/portal/Pages/default.aspx">Trang chủ</a> &gt; <a href="/portal/Pages/{self.CATS[a['cat']][0]}">{E(self.CATS[a['cat']][1])}</a></div>
<div class="tandan-article-view">
<div class="tandan-title-view">{E(a['title'])}</div>
<div class="tandan-date-view">Ngày đăng: {dmy(a)} | {a['time']}</div>
<div class="tandan-toolbar">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> | Lượt xem: {views(a)}</div>
<div class="tandan-content-view"><div class="summary-news"><strong>{E(a['lead'])}</strong></div>
<div class="ms-rtestate-field">{paras_html(a, self.img(a))}</div></div>
<div class="td-tags">Từ khóa: {tags}</div>{share_bar()}
<div class="tandan-div-article-other"><h3>Các tin khác</h3><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a> <span>({dmy(x)})</span></li>' for x in rel)}</ul></div>
</div>"""
        return Resp(body=self.shell(a["title"], main, req))
    def home(self, req):
        blocks = []
        for key, (fname, label) in self.CATS.items():
            lst = self.cat(key)[:3]
            blocks.append(f'<div class="tandan-home-block"><h2><a href="/portal/Pages/{fname}">{E(label)}</a></h2>{"".join(self.item(a) for a in lst)}'
                          f'<a class="more" href="/portal/Pages/{fname}">Xem thêm</a></div>')
        top = self.arts[0]
        main = (f'<div class="tin-noi-bat"><a href="{top["url"]}"><img src="{self.img(top)}" /></a><h1><a href="{top["url"]}">{E(top["title"])}</a></h1>'
                f'<p>{E(top["lead"])}</p></div>' + "".join(blocks))
        return Resp(body=self.shell("Trang chủ", main, req))
    def simple(self, req, title, text):
        return Resp(body=self.shell(title, f'<div class="tandan-page"><h2>{E(title)}</h2><p>{text}</p></div>', req))
    def handle(self, req):
        p = req.path.lower()
        if p in ("/", "/portal", "/portal/"):
            return redirect("/portal/Pages/default.aspx")
        if p == "/portal/pages/default.aspx":
            return self.home(req)
        for key, (fname, label) in self.CATS.items():
            if p == "/portal/pages/" + fname.lower():
                return self.listing(req, key)
        if p.startswith("/portal/photos/") and p.endswith(".jpg") or p.endswith("banner.jpg"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p == "/portal/pages/gioi-thieu.aspx":
            return self.simple(req, "Giới thiệu", "Tỉnh Hòa Sơn có diện tích tự nhiên 14.125 km², 75 xã, phường; dân số khoảng 1,3 triệu người với 12 dân tộc cùng sinh sống.")
        if p == "/portal/pages/lien-he.aspx":
            return self.simple(req, "Liên hệ", "Ban biên tập Cổng thông tin điện tử tỉnh - Văn phòng UBND tỉnh. Email: banbientap@hoason.gov.vn")
        if p == "/portal/pages/lich-cong-tac.aspx":
            return self.simple(req, "Lịch công tác", "Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026) của Thường trực UBND tỉnh: đang cập nhật.")
        if p == "/portal/pages/tim-kiem.aspx":
            k = req.qs.get("k", "") or req.qs.get("tag", "")
            hits = [a for a in self.arts if k and k.lower() in a["title"].lower()]
            return Resp(body=self.shell("Tìm kiếm", f'<h2>Kết quả tìm kiếm: {E(k)}</h2>' + "".join(self.item(a) for a in hits), req))
        if p == "/_layouts/15/authenticate.aspx":
            return Resp(body=self.shell("Đăng nhập", '<h2>Đăng nhập hệ thống</h2><input name="user"/><input type="password" name="pass"/>', req))
        for a in self.arts:
            if p == a["url"].lower():
                return self.article(req, a)
        return not_found()

# ---------------------------------------------------------------------------
# 2. SharePoint "Trang" library portal
# ---------------------------------------------------------------------------
class Trang(Site):
    key = "trang"; name = "haidong-trang"; ip = "127.0.1.2"
    family = "SharePoint 'Trang' publishing portal (/Trang/Tin-tuc-su-kien.aspx?Cat=, ChiTietTinTuc.aspx?nid=, ChiTietBVGioiThieu.aspx?bvid=)"
    home_path = "/Trang/TrangChu.aspx"
    CATS = {"82": "Tin hoạt động của lãnh đạo tỉnh", "85": "Kinh tế - Đầu tư"}
    SIZE = 2
    note = ("Home /Trang/TrangChu.aspx (/ redirects 302). Sections /Trang/Tin-tuc-su-kien.aspx?Cat=82 and ?Cat=85, pages &Page=N; "
            "introduction list /Trang/Gioi-thieu.aspx links the two ChiTietBVGioiThieu.aspx?bvid= articles. Article identity is in the query "
            "(nid, bvid); path and query keys are case-insensitive. Non-articles: Gioi-thieu.aspx, LienHe.aspx, TimKiem.aspx, "
            "/So/SoTaiChinh/Trang/Default.aspx (department subsite), images under /PublishingImages/TinTuc/. Web-part titles leak into the text "
            "('PublishingPortal - Block_BanTin_ChiTiet', 'Tăng cỡ chữ Giảm cỡ chữ'). No RSS/sitemap.")
    def setup(self):
        for a in self.arts:
            a["nid"] = 40100 + (len(self.arts) - a["n"]) * 7
    def url_of(self, a):
        if a["cat"] == "bv":
            return f"/Trang/ChiTietBVGioiThieu.aspx?bvid={540 + a['nid'] % 13}"
        return f"/Trang/ChiTietTinTuc.aspx?nid={a['nid']}"
    def img(self, a): return f"/PublishingImages/TinTuc/{a['date'][:7]}/{h6(a['title'],8)}.jpg"
    def shell(self, title, main, req):
        menu = "".join(f'<li><a href="/Trang/Tin-tuc-su-kien.aspx?Cat={c}">{E(t)}</a></li>' for c, t in self.CATS.items())
        vis = [a for a in self.arts if a["cat"] != "bv"]
        most = "".join(f'<li><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(vis, key=views, reverse=True)[:4])
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{E(title)}</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head><body class="v4master">
<div id="s4-workspace"><div class="top-bar"><span class="ngay-hien-tai">{today_bar()}</span> | <a href="/_layouts/Authenticate.aspx">Đăng nhập</a> | <a href="/Trang/Sitemap.aspx">Sơ đồ cổng</a></div>
<div class="header"><a href="/Trang/TrangChu.aspx"><img src="/PublishingImages/banner.png" alt="Cổng thông tin điện tử tỉnh Hải Đông"></a></div>
<div class="menu-ngang"><ul><li><a href="/Trang/TrangChu.aspx">Trang chủ</a></li><li><a href="/Trang/Gioi-thieu.aspx">Giới thiệu</a></li>{menu}
<li><a href="/So/SoTaiChinh/Trang/Default.aspx">Sở Tài chính</a></li><li><a href="/Trang/LienHe.aspx">Liên hệ</a></li><li><a href="/Trang/TimKiem.aspx">Tìm kiếm</a></li></ul></div>
<table class="ms-layout" width="100%"><tr><td class="cot-trai" valign="top">{main}</td>
<td class="cot-phai" valign="top" width="300"><div class="ms-webpart-chrome"><div class="ms-webpart-titleText">PublishingPortal - Block_TinDocNhieu</div>
<h3 class="tieu-de-khoi">Tin đọc nhiều</h3><ul class="doc-nhieu">{most}</ul></div>
<div class="ms-webpart-chrome"><h3 class="tieu-de-khoi">Thống kê truy cập</h3>Đang truy cập: 312<br>Tổng lượt: 28.417.602</div></td></tr></table>
<div class="footer">© CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI ĐÔNG<br>Cơ quan chủ quản: Văn phòng UBND tỉnh Hải Đông. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.</div>
</div></body></html>"""
    def item(self, a):
        return (f'<div class="tin-item"><a href="{a["url"]}"><img src="{self.img(a)}" class="anh-tin"></a>'
                f'<a class="tieu-de-tin" href="{a["url"]}">{E(a["title"])}</a><span class="ngay-dang">{dmy(a)}</span>'
                f'<p class="tom-tat">{E(a["lead"])}</p></div>')
    def listing(self, req):
        cat = req.qsl.get("cat", "")
        if cat not in self.CATS:
            return not_found()
        try:
            n = int(req.qsl.get("page", "1"))
        except ValueError:
            n = 1
        items, total = self.page(self.cat(cat), n, self.SIZE)
        if not items:
            return not_found()
        pager = " ".join(f"<span class='active'>{i}</span>" if i == n else f'<a href="/Trang/Tin-tuc-su-kien.aspx?Cat={cat}&amp;Page={i}">{i}</a>' for i in range(1, total + 1))
        main = f'<div class="ms-webpart-titleText">PublishingPortal - Block_BanTin_DanhSach</div><h2 class="ten-chuyen-muc">{E(self.CATS[cat])}</h2>{"".join(self.item(a) for a in items)}<div class="phan-trang">Trang: {pager}</div>'
        return Resp(body=self.shell(self.CATS[cat], main, req))
    def article(self, req, a):
        if a["cat"] == "bv":
            rel = [x for x in self.arts if x["cat"] == "bv" and x is not a]
            crumb = '<a href="/Trang/Gioi-thieu.aspx">Giới thiệu</a>'
        else:
            rel = [x for x in self.cat(a["cat"]) if x is not a][:4]
            crumb = f'<a href="/Trang/Tin-tuc-su-kien.aspx?Cat={a["cat"]}">{E(self.CATS[a["cat"]])}</a>'
        main = f"""<div class="ms-webpart-titleText">PublishingPortal - Block_BanTin_ChiTiet</div>
<div class="duong-dan"><a href="/Trang/TrangChu.aspx">Trang chủ</a> / {crumb}</div>
<div class="chi-tiet-tin"><div class="cong-cu"><a href="javascript:void(0)">Tăng cỡ chữ</a> <a href="javascript:void(0)">Giảm cỡ chữ</a> <a href="javascript:window.print()">In trang</a></div>
<h1 class="tieu-de-chi-tiet">{E(a['title'])}</h1>
<div class="ngay-cap-nhat">Cập nhật: {dmy(a)} {a['time']} &nbsp; Lượt xem: {views(a)}</div>
<div class="tom-tat-chi-tiet"><b>{E(a['lead'])}</b></div>
<div class="noi-dung-chi-tiet">{paras_html(a, self.img(a))}</div>{share_bar()}</div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a> ({dmy(x)})</li>' for x in rel)}</ul></div>"""
        return Resp(body=self.shell(a["title"], main, req))
    def handle(self, req):
        p = req.path.lower()
        if p in ("/", "/trang", "/trang/"):
            return redirect("/Trang/TrangChu.aspx")
        if p == "/trang/trangchu.aspx":
            main = '<div class="ms-webpart-titleText">PublishingPortal - Block_TinNoiBat</div>'
            for c, t in self.CATS.items():
                main += f'<h2><a href="/Trang/Tin-tuc-su-kien.aspx?Cat={c}">{E(t)}</a></h2>' + "".join(self.item(a) for a in self.cat(c)[:2])
            return Resp(body=self.shell("Cổng thông tin điện tử tỉnh Hải Đông", main, req))
        if p == "/trang/tin-tuc-su-kien.aspx":
            return self.listing(req)
        if p == "/trang/gioi-thieu.aspx":
            main = '<h2>Giới thiệu chung</h2>' + "".join(self.item(a) for a in self.arts if a["cat"] == "bv")
            return Resp(body=self.shell("Giới thiệu", main, req))
        if p == "/trang/chitiettintuc.aspx":
            for a in self.arts:
                if a["cat"] != "bv" and req.qsl.get("nid") == str(a["nid"]):
                    return self.article(req, a)
            return not_found()
        if p == "/trang/chitietbvgioithieu.aspx":
            for a in self.arts:
                if a["cat"] == "bv" and a["url"].endswith("bvid=" + req.qsl.get("bvid", "x")):
                    return self.article(req, a)
            return not_found()
        if p in ("/trang/lienhe.aspx", "/trang/timkiem.aspx", "/trang/sitemap.aspx", "/so/sotaichinh/trang/default.aspx", "/_layouts/authenticate.aspx"):
            return Resp(body=self.shell("Trang", f"<h2>{E(p)}</h2><p>Nội dung đang được cập nhật.</p>", req))
        if p.startswith("/publishingimages/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        return not_found()

# ---------------------------------------------------------------------------
# 3. Liferay with friendly URLs, asset_publisher articles, _cur pagination
# ---------------------------------------------------------------------------
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"

class Liferay(Site):
    key = "liferay"; name = "sonbac-liferay"; ip = "127.0.1.3"
    family = "Liferay DXP with friendly section URLs (/chinh-tri, /vi_VN/thoi-su), asset_publisher and /vi/news/-/details/ article URLs, _INSTANCE_x_cur=N paging"
    home_path = "/"
    SECS = {"chinh-tri": ("/chinh-tri", "Chính trị", "q7WbNf2Kx9Lp"), "thoi-su": ("/vi_VN/thoi-su", "Thời sự", "Zr3mTj8Hc1Vd")}
    SIZE = 2
    GROUP = 20182
    note = ("Home / (/web/guest and /web/guest/trang-chu redirect 301 to /). Sections /chinh-tri and /vi_VN/thoi-su paginate with "
            "?p_p_id=..._INSTANCE_<x>&..._INSTANCE_<x>_cur=N&..._delta=2 links in .lfr-pagination-buttons (2 and 2 pages; pages beyond the last show an "
            "empty list with 200, as Liferay does). Article URLs: /chinh-tri/-/asset_publisher/q7WbNf2Kx9Lp/content/<slug>/20182?inheritRedirect=true "
            "(also answers without the query) and /vi/news/-/details/<id>/<slug>. Portlet title h1.portlet-title names the section, not the article. "
            "Non-articles: /gioi-thieu, /lien-he, /tim-kiem?q=, /c/portal/login, attachment /documents/10181/0/Ke-hoach-2027.pdf, images /documents/10181/<n>/x.jpg.")
    def setup(self):
        for a in self.arts:
            a["aid"] = 5213000 + (len(self.arts) - a["n"]) * 37
    def url_of(self, a):
        s = slugify(a["title"])
        if a["cat"] == "chinh-tri":
            return f"/chinh-tri/-/asset_publisher/q7WbNf2Kx9Lp/content/{s}/{self.GROUP}?inheritRedirect=true"
        return f"/vi/news/-/details/{a['aid']}/{s}"
    def img(self, a): return f"/documents/10181/{a['aid']}/{h6(a['title'],8)}.jpg"
    def shell(self, title, main):
        menu = "".join(f'<li class="lfr-nav-item"><a href="{u}"><span>{E(t)}</span></a></li>' for u, t, _ in self.SECS.values())
        most = "".join(f'<li><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(self.arts, key=views, reverse=True)[:5])
        return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{E(title)} - Cổng Thông tin điện tử tỉnh Sơn Bắc</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><script>var Liferay = {{ThemeDisplay: {{getScopeGroupId: function(){{return "{self.GROUP}";}}}}}};</script></head>
<body class="controls-visible signed-out public-page site"><div id="wrapper">
<div class="top-header"><span class="current-date">{today_bar()}</span> <a href="/c/portal/login?p_l_id=10179">Đăng nhập</a></div>
<header id="banner"><a class="logo" href="/"><img src="/documents/10181/0/logo.png" alt="Sơn Bắc"></a><h2 class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN BẮC</h2></header>
<nav id="navigation"><ul aria-label="Trang Web"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{menu}<li><a href="/lien-he">Liên hệ</a></li><li><a href="/tim-kiem">Tìm kiếm</a></li></ul></nav>
<div id="content"><div class="row"><div class="col-md-8 portlet-column">{main}</div>
<div class="col-md-4 portlet-column"><section class="portlet"><h2 class="portlet-title-text">Tin xem nhiều</h2><ul class="most-viewed">{most}</ul></section>
<section class="portlet"><h2 class="portlet-title-text">Văn bản mới</h2><ul><li><a href="/documents/10181/0/Ke-hoach-2027.pdf">Kế hoạch số 211/KH-UBND năm 2027</a></li></ul></section></div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Sơn Bắc. Giấy phép số 52/GP-TTĐT.</p><p>Powered by Liferay</p></footer></div></body></html>"""
    def item(self, a):
        return (f'<div class="asset-abstract"><div class="asset-image"><img src="{self.img(a)}"></div><h3 class="asset-title"><a href="{a["url"]}">{E(a["title"])}</a></h3>'
                f'<span class="metadata-publish-date">{dmy(a)} {a["time"]}</span><div class="asset-summary">{E(a["lead"])}</div></div>')
    def portlet(self, inst, title, inner):
        return (f'<section class="portlet" id="portlet_{AP}{inst}"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{E(title)}</span></h1></header>'
                f'<div class="portlet-content"><div class="portlet-body">{inner}</div></div></section>')
    def listing(self, req, key):
        base, label, inst = self.SECS[key]
        cur = 1
        for k, v in req.qs.items():
            if k.endswith(inst + "_cur"):
                try: cur = max(1, int(v))
                except ValueError: pass
        items, total = self.page(self.cat(key), cur, self.SIZE)
        def link(n):
            return (f"{base}?p_p_id={AP}{inst}&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view&amp;"
                    f"_{AP}{inst}_cur={n}&amp;_{AP}{inst}_delta={self.SIZE}")
        btns = []
        if cur > 1:
            btns.append(f'<li><a href="{link(1)}">Đầu</a></li><li><a href="{link(cur-1)}">Trước</a></li>')
        if cur < total:
            btns.append(f'<li><a href="{link(cur+1)}">Sau</a></li><li><a href="{link(total)}">Cuối</a></li>')
        inner = ("".join(self.item(a) for a in items) or '<div class="alert alert-info">Không có kết quả nào được tìm thấy.</div>') + \
            f'<div class="taglib-page-iterator"><div class="lfr-pagination"><small class="search-results">Hiển thị trang {cur} / {total}</small><ul class="lfr-pagination-buttons pager">{"".join(btns)}</ul></div></div>'
        return Resp(body=self.shell(label, self.portlet(inst, label, inner)))
    def article(self, a):
        base, label, inst = self.SECS[a["cat"]]
        rel = [x for x in self.cat(a["cat"]) if x is not a][:4]
        inner = f"""<div class="asset-full-content"><h3 class="header-title">{E(a['title'])}</h3>
<div class="date-time"><i class="icon-calendar"></i> {weekday_of(a)}, {dmy(a)} {a['time']} <span class="view-count">Lượt xem: {views(a)}</span></div>
<div class="sapo"><strong>{E(a['lead'])}</strong></div>
<div class="journal-content-article">{paras_html(a, self.img(a))}</div>{share_bar()}
<div class="taglib-asset-links"><h4>Tin liên quan</h4><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a></li>' for x in rel)}</ul></div></div>"""
        return Resp(body=self.shell(a["title"], self.portlet(inst, label, inner)))
    def handle(self, req):
        p = req.path
        if p in ("/web/guest", "/web/guest/", "/web/guest/trang-chu"):
            return redirect("/", 301)
        if p == "/":
            main = ""
            for key, (u, t, inst) in self.SECS.items():
                main += self.portlet(inst, t, "".join(self.item(a) for a in self.cat(key)[:2]) + f'<a href="{u}">Xem tiếp »</a>')
            return Resp(body=self.shell("Trang chủ", main))
        for key, (u, t, inst) in self.SECS.items():
            if p in (u, u + "/"):
                return self.listing(req, key)
        for a in self.arts:
            if p == a["url"].split("?")[0]:
                return self.article(a)
        if p.startswith("/documents/10181/"):
            if p.endswith(".pdf"):
                return Resp(body=TINY_PDF, ctype="application/pdf")
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/gioi-thieu", "/lien-he", "/tim-kiem", "/c/portal/login"):
            return Resp(body=self.shell("Trang", f'<section class="portlet"><h1 class="portlet-title">{E(p)}</h1><p>Nội dung đang cập nhật.</p></section>'))
        return not_found()

# ---------------------------------------------------------------------------
# 4. Liferay portal whose lists page only through a JSON resource call
# ---------------------------------------------------------------------------
NBC = "newsbycategory_WAR_dongninhportlet"

class LiferayJson(Site):
    key = "lrjson"; name = "dongninh-liferay-loadpage"; ip = "127.0.1.4"
    family = "Liferay portal with custom newsbycategory portlet; lists page only through p_p_resource_id=loadPage JSON (bacninh-style)"
    home_path = "/"
    SECS = {"chinh-tri": "Chính trị", "kinh-te": "Kinh tế"}
    SIZE = 3
    note = ("Home /. Sections /chinh-tri (6 articles) and /kinh-te (2). A section's HTML renders only its first 3 items; pager buttons call "
            "loadPage(n) in JavaScript, which GETs (or POSTs) loadPageURL = <section>?p_p_id=newsbycategory_WAR_dongninhportlet&p_p_lifecycle=2&"
            "p_p_state=normal&p_p_mode=view&p_p_resource_id=loadPage&p_p_cacheability=cacheLevelPage with pageNum, recordPerPage, keyword "
            "(plain or namespaced _newsbycategory_WAR_dongninhportlet_pageNum). JSON answer: {items:[{id,title,summary,urlDetail,createdDate,image}], "
            "totalPageNum,totalRecord,pageNum,html}. The 3 oldest Chính trị articles appear in no HTML page (not in most-read, related or home): only in "
            "loadPage pageNum=2. Article URLs are the section path plus a query (p_p_id=...&p_p_lifecycle=0&_..._articleId=N); the section path without "
            "articleId is the listing. Non-articles: /gioi-thieu, /lien-he, /so-do-cong, /c/portal/login, images under /documents/10181/.")
    def setup(self):
        for a in self.arts:
            a["aid"] = 880000 + (len(self.arts) - a["n"]) * 113
        # visible in HTML: first page of each section
        self.visible = set()
        for k in self.SECS:
            for a in self.cat(k)[:self.SIZE]:
                self.visible.add(a["aid"])
    def url_of(self, a):
        return f"/{a['cat']}?p_p_id={NBC}&p_p_lifecycle=0&_{NBC}_articleId={a['aid']}"
    def img(self, a): return f"/documents/10181/{a['aid']}/anh-{a['aid']}.jpg"
    def shell(self, title, main):
        menu = "".join(f'<li><a href="/{k}">{E(t)}</a></li>' for k, t in self.SECS.items())
        vis = [a for a in self.arts if a["aid"] in self.visible]
        most = "".join(f'<li><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(vis, key=views, reverse=True)[:4])
        return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8"><title>{E(title)} - Cổng thông tin điện tử tỉnh Đông Ninh</title>
<script src="/o/dongninh-theme/js/jquery.min.js"></script></head><body class="public-page">
<div class="header-top"><div class="container"><span class="date-now">{today_bar()}</span><a href="/c/portal/login">Đăng nhập</a></div></div>
<div class="header"><a href="/"><img src="/documents/10181/0/banner-dongninh.png" alt="Cổng thông tin điện tử tỉnh Đông Ninh"></a></div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{menu}<li><a href="/so-do-cong">Sơ đồ cổng</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="container main"><div class="col-left">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul>{most}</ul></div><div class="box"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến?</p></div></div></div>
<footer><p>Bản quyền thuộc về UBND tỉnh Đông Ninh. Địa chỉ: số 10 Phù Đổng Thiên Vương, phường Kinh Bắc.</p></footer></body></html>"""
    def li(self, a):
        return (f'<li class="news-item"><a class="news-img" href="{a["url"]}"><img src="{self.img(a)}"></a><h3 class="news-title"><a href="{a["url"]}">{E(a["title"])}</a></h3>'
                f'<span class="news-date">{dmy(a)} {a["time"]}</span><p class="news-sapo">{E(a["lead"])}</p></li>')
    def listing(self, key):
        items, total = self.page(self.cat(key), 1, self.SIZE)
        lpu = f"{self.base}/{key}?p_p_id={NBC}&p_p_lifecycle=2&p_p_state=normal&p_p_mode=view&p_p_resource_id=loadPage&p_p_cacheability=cacheLevelPage"
        btns = "".join(f'<li><a href="javascript:void(0);" onclick="_{NBC}_loadPage({i});" class="{"active" if i == 1 else ""}">{i}</a></li>' for i in range(1, total + 1))
        main = f"""<section class="portlet" id="portlet_{NBC}"><h1 class="portlet-title"><span>{E(self.SECS[key])}</span></h1>
<div class="portlet-body"><ul id="_{NBC}_newsList" class="list-news">{''.join(self.li(a) for a in items)}</ul>
<ul class="pagination" id="_{NBC}_pagination">{btns}</ul></div></section>
<script>
var _{NBC}_config = {{
    loadPageURL: '{lpu}',
    recordPerPage: {self.SIZE},
    totalPage: {total}
}};
function _{NBC}_loadPage(pageNum) {{
    $.ajax({{ url: _{NBC}_config.loadPageURL, type: 'GET', dataType: 'json',
        data: {{ pageNum: pageNum, recordPerPage: _{NBC}_config.recordPerPage, keyword: '' }},
        success: function (data) {{ $('#_{NBC}_newsList').html(data.html); }} }});
}}
</script>"""
        return Resp(body=self.shell(self.SECS[key], main))
    def load_page(self, req, key):
        src = dict(req.qs); src.update(req.form)
        if isinstance(req.json, dict):
            src.update({k: str(v) for k, v in req.json.items()})
        def g(name, dflt):
            v = src.get(name, src.get(f"_{NBC}_{name}", dflt))
            try: return int(v)
            except (TypeError, ValueError): return dflt
        n, size = max(1, g("pageNum", 1)), min(50, max(1, g("recordPerPage", self.SIZE)))
        kw = (src.get("keyword") or src.get(f"_{NBC}_keyword") or "").lower()
        lst = [a for a in self.cat(key) if kw in a["title"].lower()]
        items, total = self.page(lst, n, size)
        data = {"pageNum": n, "recordPerPage": size, "totalRecord": len(lst), "totalPageNum": total,
                "items": [{"id": a["aid"], "title": a["title"], "summary": a["lead"], "urlDetail": self.base + a["url"],
                           "createdDate": f"{dmy(a)} {a['time']}", "image": self.img(a)} for a in items],
                "html": "".join(self.li(a) for a in items)}
        return Resp(body=json.dumps(data, ensure_ascii=False), ctype="application/json; charset=utf-8")
    def article(self, a):
        rel = [x for x in self.cat(a["cat"]) if x is not a and x["aid"] in self.visible][:3]
        main = f"""<section class="portlet" id="portlet_{NBC}"><h1 class="portlet-title"><span>{E(self.SECS[a['cat']])}</span></h1><div class="portlet-body news-detail">
<h1 id="contentDetailTitleId" class="title-detail">{E(a['title'])}</h1>
<div class="news-meta"><span class="date">{dmy(a)} {a['time']}</span> | <span>Lượt xem: {views(a)}</span></div>
<div id="sapoDetailId" class="sapo">{E(a['lead'])}</div>
<div id="contentDetail" class="content-detail">{paras_html(a, self.img(a))}</div>{share_bar()}
<div class="related"><h4>Tin cùng chuyên mục</h4><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a></li>' for x in rel)}</ul></div></div></section>"""
        return Resp(body=self.shell(a["title"], main))
    def handle(self, req):
        p = req.path
        if p == "/":
            vis = [a for a in self.arts if a["aid"] in self.visible][:4]
            main = '<section class="portlet"><h1 class="portlet-title"><span>Tin tức - Sự kiện</span></h1><ul class="list-news">' + "".join(self.li(a) for a in vis) + "</ul></section>"
            return Resp(body=self.shell("Trang chủ", main))
        key = p.strip("/")
        if key in self.SECS and p == "/" + key:
            if req.qs.get("p_p_resource_id") == "loadPage":
                return self.load_page(req, key)
            aid = req.qs.get(f"_{NBC}_articleId")
            if aid:
                for a in self.cat(key):
                    if str(a["aid"]) == aid:
                        return self.article(a)
                return not_found()
            return self.listing(key)
        if p.startswith("/documents/10181/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/gioi-thieu", "/lien-he", "/so-do-cong", "/c/portal/login"):
            return Resp(body=self.shell("Trang", f"<h2>{E(p)}</h2><p>Nội dung đang cập nhật.</p>"))
        return not_found()

# ---------------------------------------------------------------------------
# 5. VNPT portal, ArticleInMenu lists paged only by POST LoadArticle
# ---------------------------------------------------------------------------
LOADART = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"

class Vnpt(Site):
    key = "vnpt"; name = "tayling-vnpt"; ip = "127.0.1.5"
    family = "VNPT portal (ArticleInMenu module; .ArticleHeader/.PostDate/.ArticleSummary/.ArticleContent; -<id>.html)"
    home_path = "/"
    SECS = {"tin-chinh-tri": ("Tin chính trị", 4051), "thong-tin-chi-dao-dieu-hanh": ("Thông tin chỉ đạo điều hành", 4052)}
    SIZE = 2
    SITE_ID = 27
    note = ("Home /. Sections /tin-chinh-tri (5 articles) and /thong-tin-chi-dao-dieu-hanh (3). Each section's HTML shows only its first 2 items in "
            ".ArticleInMenu; the pager is JavaScript that POSTs to /DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle with "
            "article_category_id, categoryIds, site_id, page, page_size (=2), keyword... (values are in the page's script: article_category_id: 4051, "
            "site_id: 27, page_size: 2, maxPage = parseInt(3)). JSON body (application/json) answers {\"d\": \"<html>\"}; a form-encoded body answers "
            "the HTML fragment; GET answers 500 like an ASP.NET page method. Only the first 2 of each section are linked from any HTML page "
            "(home, most-read, related boxes use those only); the other 4 articles are reachable only through LoadArticle. Non-articles: /gioi-thieu, "
            "/lien-he, /so-do-site, /dang-nhap, /lich-cong-tac, images under /Upload/.")
    def setup(self):
        self.visible = set()
        for k in self.SECS:
            for a in self.cat(k)[:self.SIZE]:
                self.visible.add(a["n"])
    def url_of(self, a):
        return f"/{a['cat']}/{slugify(a['title'])}-{1084000 + (len(self.arts) - a['n']) * 29}.html"
    def img(self, a): return f"/Upload/{self.SITE_ID}/{a['date'].replace('-', '')}/{h6(a['title'], 10)}.jpg"
    def shell(self, title, main):
        menu = "".join(f'<li><a href="/{k}">{E(t)}</a></li>' for k, (t, _) in self.SECS.items())
        vis = [a for a in self.arts if a["n"] in self.visible]
        most = "".join(f'<div class="item"><a href="{a["url"]}">{E(a["title"])}</a></div>' for a in sorted(vis, key=views, reverse=True)[:3])
        return f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(title)}</title>
<script src="/Scripts/jquery-3.5.1.min.js"></script></head><body><form method="post" action="./" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ0MzQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2Q{h6(title, 10)}"></div>
<div class="top-header"><div class="container"><span class="ngay-thang">{today_bar()}</span><a href="/dang-nhap">Đăng nhập</a> | <a href="/so-do-site">Sơ đồ site</a></div></div>
<div class="banner"><a href="/"><img src="/Upload/{self.SITE_ID}/banner.jpg" alt="Cổng thông tin điện tử tỉnh Tây Lĩnh"></a></div>
<div class="menu-top"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{menu}<li><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="container"><div class="col-md-8 ContentPane">{main}</div>
<div class="col-md-4 RightPane"><div class="UIListNews_Default"><div class="title-box">Tin xem nhiều</div>{most}</div>
<div class="box-lienket"><div class="title-box">Liên kết website</div><a href="#">Cổng dịch vụ công quốc gia</a></div></div></div>
<div class="footer">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY LĨNH<br>Cơ quan chủ quản: Văn phòng UBND tỉnh Tây Lĩnh. Thiết kế bởi VNPT Tây Lĩnh.</div></form></body></html>"""
    def row(self, a):
        return (f'<div class="article-item"><div class="article-image"><a href="{a["url"]}"><img src="{self.img(a)}"></a></div>'
                f'<div class="article-info"><a class="article-title" href="{a["url"]}">{E(a["title"])}</a>'
                f'<span class="PostDate">{dmy(a)}</span><div class="article-summary">{E(a["lead"])}</div></div></div>')
    def listing(self, key):
        label, cid = self.SECS[key]
        items, total = self.page(self.cat(key), 1, self.SIZE)
        pager = "".join(f'<a href="javascript:void(0)" class="page-item{" active" if i == 1 else ""}" onclick="LoadArticleByPage({i})">{i}</a>' for i in range(1, total + 1))
        main = f"""<div class="breadcrumb-title">{E(label)}</div>
<div class="ArticleInMenu" id="ArticleInMenu_{cid}">{''.join(self.row(a) for a in items)}</div>
<div class="pagination-article">{pager}</div>
<script type="text/javascript">
    var maxPage = parseInt({total});
    function LoadArticleByPage(page) {{
        var param = {{
            article_category_id: {cid},
            categoryIds: "{cid}",
            site_id: {self.SITE_ID},
            page: page,
            page_size: {self.SIZE},
            keyword: "", date_begin: "", date_end: "",
            show_no: "False", show_post_date: "True", num_of_text: 200, show_view_count: "True",
            filter_order_in_list: "True", is_default: "False", new: "False", number_of_day: 3,
            no: -{self.SIZE}, articlelang: "vi-VN"
        }};
        $.ajax({{
            type: "POST",
            url: "{LOADART}",
            data: JSON.stringify(param),
            contentType: "application/json; charset=utf-8",
            dataType: "json",
            success: function (res) {{ $("#ArticleInMenu_{cid}").html(res.d); }}
        }});
    }}
</script>"""
        return Resp(body=self.shell(label + " - Cổng thông tin điện tử tỉnh Tây Lĩnh", main))
    def load_article(self, req):
        if req.method != "POST":
            return Resp(500, json.dumps({"Message": "An attempt was made to call the method 'LoadArticle' using a GET request, which is not allowed.",
                                         "StackTrace": "", "ExceptionType": "System.InvalidOperationException"}),
                        ctype="application/json; charset=utf-8", headers={"jsonerror": "true"})
        src = req.json if isinstance(req.json, dict) else req.form
        def gi(k, d):
            try: return int(src.get(k, d))
            except (TypeError, ValueError): return d
        cid, page, size = gi("article_category_id", 0), max(1, gi("page", 1)), min(50, max(1, gi("page_size", self.SIZE)))
        key = next((k for k, (_, c) in self.SECS.items() if c == cid), None)
        if key is None and src.get("categoryIds"):
            key = next((k for k, (_, c) in self.SECS.items() if str(c) == str(src.get("categoryIds")).split(",")[0]), None)
        items = self.page(self.cat(key), page, size)[0] if key else []
        frag = "".join(self.row(a) for a in items)
        if isinstance(req.json, dict):
            return Resp(body=json.dumps({"d": frag}, ensure_ascii=False), ctype="application/json; charset=utf-8")
        return Resp(body=frag)
    def article(self, a):
        label, _ = self.SECS[a["cat"]]
        rel = [x for x in self.cat(a["cat"]) if x is not a and x["n"] in self.visible]
        main = f"""<div class="breadcrumb-title"><a href="/">Trang chủ</a> » <a href="/{a['cat']}">{E(label)}</a></div>
<div class="ArticleDetail"><h1 class="ArticleHeader">{E(a['title'])}</h1>
<div class="ArticleToolbar"><span class="PostDate">{dmy(a)} {a['time']}</span> <span class="ViewCount">Lượt xem: {views(a)}</span>
<a href="javascript:void(0)" class="fontsize">A</a><a href="javascript:void(0)" class="fontsize">A+</a></div>
<div class="ArticleSummary">{E(a['lead'])}</div>
<div class="ArticleContent">{paras_html(a, self.img(a))}</div>{share_bar()}</div>
<div class="OtherArticle"><div class="title-box">Tin cùng chuyên mục</div><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a> <span class="date">({dmy(x)})</span></li>' for x in rel)}</ul></div>"""
        return Resp(body=self.shell(a["title"], main))
    def handle(self, req):
        p = req.path
        if p.lower() == LOADART.lower():
            return self.load_article(req)
        if p == "/":
            top = [a for a in self.arts if a["n"] in self.visible]
            main = '<div class="UIListNews_Default hot-news">' + "".join(
                f'<div class="item"><a href="{a["url"]}"><img src="{self.img(a)}"></a><a href="{a["url"]}" class="title">{E(a["title"])}</a><p>{E(a["lead"])}</p></div>' for a in top) + "</div>"
            return Resp(body=self.shell("Cổng thông tin điện tử tỉnh Tây Lĩnh", main))
        if p.strip("/") in self.SECS and p.count("/") == 1:
            return self.listing(p.strip("/"))
        for a in self.arts:
            if p == a["url"]:
                return self.article(a)
        if p.startswith("/Upload/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/gioi-thieu", "/lien-he", "/so-do-site", "/dang-nhap", "/lich-cong-tac"):
            return Resp(body=self.shell("Trang", f"<h2>{E(p)}</h2><p>Nội dung đang được cập nhật.</p>"))
        return not_found()

# ---------------------------------------------------------------------------
# 6. "common-title" CMS (hungyen/gialai style)
# ---------------------------------------------------------------------------
class Common(Site):
    key = "common"; name = "namhung-common-title"; ip = "127.0.1.6"
    family = "'common-title' CMS (a.article-title.common-title, .article-brief, h1.title-detail, .post-date, .article-content; /chuyen-muc-<slug>-c<id>-<page>.html)"
    home_path = "/"
    SECS = {"c217": ("tin-chung-toan-tinh", "217", "Tin chung toàn tỉnh"), "c220": ("hoat-dong-lanh-dao", "220", "Hoạt động lãnh đạo")}
    SIZE = 2
    note = ("Home /. Sections /chuyen-muc-tin-chung-toan-tinh-c217-1.html (pages -c217-2.html, siblings not children) and "
            "/chuyen-muc-hoat-dong-lanh-dao-c220-1.html (2 pages); pager .wrapper-pagination a.next-pages; page numbers past the end 404. "
            "/tin-tuc/hoat-dong-cua-lanh-dao redirects 301 to the c220 section. Has /robots.txt and /sitemap.xml listing all articles and sections. "
            "Non-articles: /gioi-thieu.html, /lien-he.html, /tim-kiem.html?keyword=, /lich-lam-viec.html, images under /uploads/.")
    def url_of(self, a):
        return f"/{slugify(a['title'])}-a{31500 + (len(self.arts) - a['n']) * 11}.html"
    def sec_url(self, key, n=1):
        slug, cid, _ = self.SECS[key]
        return f"/chuyen-muc-{slug}-c{cid}-{n}.html"
    def img(self, a): return f"/uploads/news/{a['date'][:7].replace('-', '_')}/{h6(a['title'], 10)}.jpg"
    def shell(self, title, main):
        menu = "".join(f'<li class="menu-item"><a href="{self.sec_url(k)}">{E(t)}</a></li>' for k, (_, _, t) in self.SECS.items())
        most = "".join(f'<li><a class="common-title" href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(self.arts, key=views, reverse=True)[:5])
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>
<link rel="stylesheet" href="/assets/css/main.css"></head><body>
<div class="top-bar"><div class="container"><span class="today">{today_bar()}</span><span class="hotline">Đường dây nóng: 1900 0xxx</span></div></div>
<header class="header"><a class="logo" href="/"><img src="/uploads/logo.png" alt="Cổng thông tin điện tử tỉnh Nam Hưng"></a></header>
<nav class="main-nav"><ul><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu.html">Giới thiệu</a></li>{menu}
<li class="menu-item"><a href="/lich-lam-viec.html">Lịch làm việc</a></li><li class="menu-item"><a href="/lien-he.html">Liên hệ</a></li></ul>
<form action="/tim-kiem.html" method="get"><input name="keyword" placeholder="Tìm kiếm..."></form></nav>
<main class="container"><div class="row"><div class="col-lg-8">{main}</div>
<aside class="col-lg-4"><div class="widget"><h3 class="widget-title">Tin đọc nhiều</h3><ul class="list-most-read">{most}</ul></div>
<div class="widget"><h3 class="widget-title">Thống kê truy cập</h3><p>Hôm nay: 4.218 | Tổng: 12.704.355</p></div></aside></div></main>
<footer class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM HƯNG</p><p>Cơ quan chủ quản: UBND tỉnh Nam Hưng - Địa chỉ: Đường Chùa Chuông, phường Hiến Nam.</p></footer></body></html>"""
    def item(self, a):
        return (f'<div class="article-item"><a class="article-thumb" href="{a["url"]}"><img src="{self.img(a)}" alt=""></a>'
                f'<div class="article-body"><a class="article-title common-title" href="{a["url"]}">{E(a["title"])}</a>'
                f'<span class="article-date">{dmy(a)}</span><p class="article-brief common-brief">{E(a["lead"])}</p></div></div>')
    def listing(self, key, n):
        items, total = self.page(self.cat(key), n, self.SIZE)
        if not items:
            return not_found()
        pg = []
        if n > 1: pg.append(f'<a class="prev-pages" href="{self.sec_url(key, n-1)}">«</a>')
        for i in range(1, total + 1):
            pg.append(f'<span class="current">{i}</span>' if i == n else f'<a href="{self.sec_url(key, i)}">{i}</a>')
        if n < total: pg.append(f'<a class="next-pages" href="{self.sec_url(key, n+1)}">»</a>')
        main = f'<h1 class="category-title">{E(self.SECS[key][2])}</h1><div class="list-article">{"".join(self.item(a) for a in items)}</div><div class="wrapper-pagination">{"".join(pg)}</div>'
        return Resp(body=self.shell(self.SECS[key][2], main))
    def article(self, a):
        rel = [x for x in self.cat(a["cat"]) if x is not a]
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{self.sec_url(a['cat'])}">{E(self.SECS[a['cat']][2])}</a></div>
<article class="article-detail"><h1 class="title-detail">{E(a['title'])}</h1>
<div class="article-meta"><span class="post-date">{dmy(a)} {a['time']}</span> <span class="post-views">{views(a)} lượt xem</span></div>{share_bar()}
<div class="common-brief"><strong>{E(a['lead'])}</strong></div>
<div class="article-content common-content">{paras_html(a, self.img(a))}</div></article>
<div class="related-news"><h3>Tin liên quan</h3>{''.join(f'<a class="article-title common-title" href="{x["url"]}">{E(x["title"])}</a><br>' for x in rel)}</div>"""
        return Resp(body=self.shell(a["title"], main))
    def handle(self, req):
        p = req.path
        if p == "/":
            main = ""
            for k, (_, _, t) in self.SECS.items():
                main += f'<section class="home-block"><h2><a href="{self.sec_url(k)}">{E(t)}</a></h2>{"".join(self.item(a) for a in self.cat(k)[:2])}</section>'
            return Resp(body=self.shell("Cổng thông tin điện tử tỉnh Nam Hưng", main))
        m = re.fullmatch(r"/chuyen-muc-([a-z0-9-]+)-c(\d+)-(\d+)\.html", p)
        if m:
            for k, (slug, cid, _) in self.SECS.items():
                if m.group(1) == slug and m.group(2) == cid:
                    return self.listing(k, int(m.group(3)))
            return not_found()
        if p in ("/tin-tuc/hoat-dong-cua-lanh-dao", "/tin-tuc/hoat-dong-cua-lanh-dao/"):
            return redirect(self.sec_url("c220"), 301)
        for a in self.arts:
            if p == a["url"]:
                return self.article(a)
        if p == "/robots.txt":
            return Resp(body=f"User-agent: *\nDisallow: /admin/\nSitemap: {self.base}/sitemap.xml\n", ctype="text/plain; charset=utf-8")
        if p == "/sitemap.xml":
            urls = [self.base + "/"] + [self.base + self.sec_url(k) for k in self.SECS] + [self.base + a["url"] for a in self.arts]
            lm = {self.base + a["url"]: a["date"] for a in self.arts}
            body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
                f"<url><loc>{E(u)}</loc>" + (f"<lastmod>{lm[u]}</lastmod>" if u in lm else "") + "</url>" for u in urls) + "</urlset>"
            return Resp(body=body, ctype="application/xml; charset=utf-8")
        if p.startswith("/uploads/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/gioi-thieu.html", "/lien-he.html", "/tim-kiem.html", "/lich-lam-viec.html"):
            return Resp(body=self.shell("Trang", f"<h1>{E(p)}</h1><p>Nội dung đang cập nhật.</p>"))
        return not_found()

# ---------------------------------------------------------------------------
# 7. ASP.NET WebForms department site, lists page only through __doPostBack
# ---------------------------------------------------------------------------
GV = "ctl00$cphMain$gvTinTuc"

class WebForms(Site):
    key = "webforms"; name = "langkhe-snnmt-webforms"; ip = "127.0.1.7"
    family = "ASP.NET WebForms department portal (GridView pager via __doPostBack, __VIEWSTATE/__EVENTVALIDATION)"
    home_path = "/Default.aspx"
    SIZE = 3
    note = ("Home /Default.aspx (/ redirects 302). The list /TinTuc.aspx?cm=3 shows 3 items on GET; its pager links are "
            "javascript:__doPostBack('ctl00$cphMain$gvTinTuc','Page$N') (and 'Page$Next'). Page 2 and 3 exist only as a POST of form aspnetForm to "
            "./TinTuc.aspx?cm=3 carrying __EVENTTARGET=ctl00$cphMain$gvTinTuc, __EVENTARGUMENT=Page$N and the page's own __VIEWSTATE, "
            "__VIEWSTATEGENERATOR, __EVENTVALIDATION; a POST without the __VIEWSTATE this server issued answers 500 'Validation of viewstate MAC failed'. "
            "Home, most-read and related boxes link only the 3 newest articles, so 4 older articles are reachable only through the postback. "
            "Article URLs: /ChiTietTin.aspx?id=N&cm=3 (the query is the identity). Non-articles: /GioiThieu.aspx, /VanBan.aspx, /LienHe.aspx, "
            "/DangNhap.aspx, images under /Uploads/.")
    def setup(self):
        self.visible = {a["n"] for a in self.arts[:self.SIZE]}
    def url_of(self, a):
        return f"/ChiTietTin.aspx?id={1500 + (len(self.arts) - a['n']) * 6}&cm=3"
    def img(self, a): return f"/Uploads/TinTuc/{a['date'][:4]}/{h6(a['title'], 8)}.jpg"
    def vs(self, page):
        return base64.b64encode(f"/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUBM2RkAgMPPCsAEQMADxYEHgtfIURhdGFCb3VuZGceC18hSXRlbUNvdW50AgdkARAWABYAFgAMFCsAAA==|gvTinTuc.PageIndex={page - 1}|{h6('vs' + str(page), 16)}".encode()).decode()
    def ev(self, page):
        return base64.b64encode(f"/wEdAAUevVl|pg{page}|{h6('ev' + str(page), 12)}".encode()).decode()
    def shell(self, title, main, action, page=1):
        vis = [a for a in self.arts if a["n"] in self.visible]
        most = "".join(f'<li><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(vis, key=views, reverse=True))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{E(title)}</title></head>
<body><form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.vs(page)}" /></div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{self.ev(page)}" /></div>
<table id="wrapper" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="header">
<img src="/Images/banner_snnmt.jpg" alt="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LẠNG KHÊ" /><div class="ngay">{today_bar()}</div></td></tr>
<tr><td colspan="2" class="menu"><a href="/Default.aspx">Trang chủ</a> | <a href="/GioiThieu.aspx">Giới thiệu</a> | <a href="/TinTuc.aspx?cm=3">Tin hoạt động</a> | <a href="/VanBan.aspx">Văn bản</a> | <a href="/LienHe.aspx">Liên hệ</a> | <a href="/DangNhap.aspx">Đăng nhập</a></td></tr>
<tr><td valign="top" class="noidung-chinh">{main}</td>
<td valign="top" width="260" class="cot-phai"><div class="khung"><div class="khung-tieude">Tin xem nhiều</div><ul>{most}</ul></div>
<div class="khung"><div class="khung-tieude">Thống kê</div><span id="ctl00_lblLuotTruyCap">Lượt truy cập: 1.204.377</span></div></td></tr>
<tr><td colspan="2" class="footer">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LẠNG KHÊ<br />Địa chỉ: số 2 đường Hoàng Văn Thụ, phường Tam Thanh. Điện thoại: 0205.3812.xxx</td></tr></table>
</form></body></html>"""
    def listing(self, page):
        items, total = self.page(self.arts, page, self.SIZE)
        rows = "".join(
            f'<tr><td class="anh"><img src="{self.img(a)}" width="120" /></td><td><a id="ctl00_cphMain_gvTinTuc_ctl0{i+2}_hlTieuDe" class="tieude-tin" href="{a["url"]}">{E(a["title"])}</a>'
            f'<br /><span class="ngaydang">({dmy(a)})</span><br /><span class="tomtat">{E(a["lead"])}</span></td></tr>' for i, a in enumerate(items))
        pager = []
        for i in range(1, total + 1):
            pager.append(f"<td><span>{i}</span></td>" if i == page else f"<td><a href=\"javascript:__doPostBack('{GV}','Page${i}')\">{i}</a></td>")
        if page < total:
            pager.append(f"<td><a href=\"javascript:__doPostBack('{GV}','Page$Next')\">Trang sau</a></td>")
        main = (f'<h2 class="tieude-chuyenmuc">Tin hoạt động</h2><div><table class="gridview" cellspacing="0" rules="all" border="0" id="ctl00_cphMain_gvTinTuc">'
                f'{rows}<tr class="pager"><td colspan="2"><table><tr>{"".join(pager)}</tr></table></td></tr></table></div>')
        return Resp(body=self.shell("Tin hoạt động - Sở Nông nghiệp và Môi trường", main, "./TinTuc.aspx?cm=3", page))
    def postback(self, req):
        f = req.form
        vs = f.get("__VIEWSTATE")
        cur = None
        for pg in range(1, 10):
            if vs == self.vs(pg):
                cur = pg
        if cur is None:
            return Resp(500, "<html><head><title>Validation of viewstate MAC failed.</title></head><body><h1>Server Error in '/' Application.</h1>"
                        "<h2><i>Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, ensure that &lt;machineKey&gt; "
                        "configuration specifies the same validationKey and validation algorithm.</i></h2></body></html>")
        total = self.page(self.arts, 1, self.SIZE)[1]
        arg = f.get("__EVENTARGUMENT", "")
        if f.get("__EVENTTARGET") == GV and arg.startswith("Page$"):
            v = arg[5:]
            n = cur + 1 if v == "Next" else cur - 1 if v == "Prev" else 1 if v == "First" else total if v == "Last" else int(v) if v.isdigit() else cur
        else:
            n = cur
        return self.listing(min(max(1, n), total))
    def article(self, a):
        rel = [x for x in self.arts if x is not a and x["n"] in self.visible]
        main = f"""<div class="chitiet"><span id="ctl00_cphMain_lblTieuDe" class="tieude-chitiet">{E(a['title'])}</span><br />
<span id="ctl00_cphMain_lblNgayDang" class="ngaydang">Ngày đăng: {dmy(a)} {a['time']}</span> - <span>Lượt xem: {views(a)}</span>
<div id="ctl00_cphMain_divTomTat" class="tomtat-chitiet"><b>{E(a['lead'])}</b></div>
<div id="ctl00_cphMain_divNoiDung" class="noidung">{paras_html(a, self.img(a))}</div>{share_bar()}
<div class="tinkhac"><b>Các tin khác:</b><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a> ({dmy(x)})</li>' for x in rel)}</ul></div></div>"""
        return Resp(body=self.shell(a["title"], main, E("./" + a["url"].lstrip("/"))))
    def handle(self, req):
        p = req.path.lower()
        if p == "/":
            return redirect("/Default.aspx")
        if p == "/default.aspx":
            main = '<h2 class="tieude-chuyenmuc">Tin mới</h2>' + "".join(
                f'<div class="tin-moi"><a href="{a["url"]}">{E(a["title"])}</a> <span class="ngaydang">({dmy(a)})</span><p>{E(a["lead"])}</p></div>' for a in self.arts[:self.SIZE])
            main += '<a href="/TinTuc.aspx?cm=3">Xem tất cả »</a>'
            return Resp(body=self.shell("Sở Nông nghiệp và Môi trường tỉnh Lạng Khê", main, "./Default.aspx"))
        if p == "/tintuc.aspx":
            if req.qsl.get("cm") != "3":
                return not_found()
            if req.method == "POST":
                return self.postback(req)
            return self.listing(1)
        if p == "/chitiettin.aspx":
            for a in self.arts:
                if a["url"] == f"/ChiTietTin.aspx?id={req.qsl.get('id')}&cm=3":
                    return self.article(a)
            return not_found()
        if p.startswith("/uploads/") or p.startswith("/images/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/gioithieu.aspx", "/vanban.aspx", "/lienhe.aspx", "/dangnhap.aspx"):
            return Resp(body=self.shell("Trang", f"<h2>{E(p)}</h2><p>Đang cập nhật.</p>", "." + p))
        return not_found()

# ---------------------------------------------------------------------------
# 8. Invented CMS ("VHCMS"), home /vi/ with slash, odd classes and URL shapes
# ---------------------------------------------------------------------------
class Invented(Site):
    key = "invented"; name = "vanhai-invented-cms"; ip = "127.0.1.8"
    family = "invented CMS (no known family): Vietnamese class names, /vi/ home, trailing-slash article paths and ?ma= query ids"
    home_path = "/vi/"
    SECS = {"thoi-su": "Thời sự", "chinh-quyen": "Chính quyền"}
    SIZE = 2
    note = ("Home /vi/ (/ redirects 302 to /vi/; /vi without slash is 404). Sections /vi/nhom/thoi-su/ and /vi/nhom/chinh-quyen/ page with ?trang=N "
            "(2 and 2 pages; link rel=next in .phan-trang). Thời sự articles are /vi/ban-tin/<slug>/ (404 without the trailing slash); "
            "Chính quyền articles are /vi/doc/?ma=<hex> (path /vi/doc/ itself is a 404 without ma). Dates are printed '30.11.2026 · 21:10'. "
            "RSS /vi/rss/ lists only the 3 newest. Non-articles: /vi/gioi-thieu/, /vi/lien-he/, /vi/lich-cong-tac/?tuan=49, /vi/tim/?tu=, /vi/in/?ma=<hex> "
            "(print view of a Chính quyền article: same text, not an article URL), images under /tep/anh/.")
    def setup(self):
        for a in self.arts:
            a["ma"] = h6("ma" + a["title"], 8)
    def url_of(self, a):
        if a["cat"] == "thoi-su":
            return f"/vi/ban-tin/{slugify(a['title'])}/"
        return f"/vi/doc/?ma={a['ma']}"
    def img(self, a): return f"/tep/anh/{a['ma']}.jpg"
    def moc(self, a):
        y, m, d = a["date"].split("-")
        return f"{d}.{m}.{y} · {a['time']}"
    def shell(self, title, main):
        menu = "".join(f'<a class="thanh-dieu-huong__muc" href="/vi/nhom/{k}/">{E(t)}</a>' for k, t in self.SECS.items())
        most = "".join(f'<li class="xem-nhieu__dong"><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in sorted(self.arts, key=views, reverse=True)[:4])
        return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{E(title)} | Vân Hải</title>
<link rel="alternate" type="application/rss+xml" href="/vi/rss/"></head><body class="trang">
<div class="dai-ngay"><span class="dai-ngay__chu">{today_bar()}</span></div>
<div class="dau-trang"><a class="dau-trang__bieu-trung" href="/vi/"><img src="/tep/anh/bieu-trung.png" alt=""></a><div class="dau-trang__ten">CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ VÂN HẢI</div></div>
<nav class="thanh-dieu-huong"><a class="thanh-dieu-huong__muc" href="/vi/">Trang chủ</a><a class="thanh-dieu-huong__muc" href="/vi/gioi-thieu/">Giới thiệu</a>{menu}
<a class="thanh-dieu-huong__muc" href="/vi/lich-cong-tac/?tuan=49">Lịch công tác</a><a class="thanh-dieu-huong__muc" href="/vi/lien-he/">Liên hệ</a></nav>
<div class="bo-cuc"><div class="bo-cuc__chinh">{main}</div>
<div class="bo-cuc__phu"><div class="o-phu"><div class="o-phu__ten">Xem nhiều</div><ol class="xem-nhieu">{most}</ol></div>
<div class="o-phu"><div class="o-phu__ten">Tra cứu</div><form action="/vi/tim/"><input name="tu"></form></div></div></div>
<div class="chan-trang">© UBND thành phố Vân Hải · Số 1 đường Trần Hưng Đạo, phường Châu Văn<br>Lượt truy cập: 3.518.204</div></body></html>"""
    def dong(self, a):
        return (f'<div class="dong-tin"><img class="dong-tin__anh" src="{self.img(a)}" alt=""><a class="dong-tin__ten" href="{a["url"]}">{E(a["title"])}</a>'
                f'<span class="dong-tin__moc">{self.moc(a)}</span><span class="dong-tin__mo">{E(a["lead"])}</span></div>')
    def listing(self, req, key):
        try: n = int(req.qs.get("trang", "1"))
        except ValueError: n = 1
        items, total = self.page(self.cat(key), n, self.SIZE)
        if not items:
            return not_found()
        pg = "".join(f'<b>{i}</b>' if i == n else f'<a href="?trang={i}"' + (' rel="next"' if i == n + 1 else "") + f'>{i}</a>' for i in range(1, total + 1))
        main = f'<h1 class="ten-nhom">{E(self.SECS[key])}</h1><div class="khoi-tin">{"".join(self.dong(a) for a in items)}</div><div class="phan-trang">{pg}</div>'
        return Resp(body=self.shell(self.SECS[key], main))
    def article(self, a, printable=False):
        rel = [x for x in self.cat(a["cat"]) if x is not a][:3]
        body = f"""<article class="bv"><div class="bv-duong">{E(self.SECS[a['cat']])}</div><h2 class="bv-dau">{E(a['title'])}</h2>
<div class="bv-moc">{self.moc(a)}</div><p class="bv-mo">{E(a['lead'])}</p>
<div class="bv-than">{paras_html(a, self.img(a))}</div></article>"""
        if printable:
            return Resp(body=f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>In: {E(a['title'])}</title></head><body onload='window.print()'>{body}</body></html>")
        tools = (f'<div class="bv-cong-cu"><span class="bv-dem">{views(a)} lượt đọc</span> ' +
                 (f'<a href="/vi/in/?ma={a["ma"]}">Bản in</a>' if a["cat"] != "thoi-su" else "") + f"</div>{share_bar()}")
        main = body + tools + f'<div class="cung-nhom"><div class="cung-nhom__ten">Cùng nhóm</div>{"".join(self.dong(x) for x in rel)}</div>'
        return Resp(body=self.shell(a["title"], main))
    def handle(self, req):
        p = req.path
        if p == "/":
            return redirect("/vi/")
        if p == "/vi/":
            main = '<div class="khoi-tin khoi-tin--dau">' + "".join(self.dong(a) for a in self.arts[:4]) + "</div>"
            main += "".join(f'<a class="xem-them" href="/vi/nhom/{k}/">{E(t)} »</a> ' for k, t in self.SECS.items())
            return Resp(body=self.shell("Trang chủ", main))
        m = re.fullmatch(r"/vi/nhom/([a-z-]+)/", p)
        if m and m.group(1) in self.SECS:
            return self.listing(req, m.group(1))
        if p == "/vi/doc/" or p == "/vi/in/":
            for a in self.arts:
                if a["cat"] != "thoi-su" and req.qs.get("ma") == a["ma"]:
                    return self.article(a, printable=(p == "/vi/in/"))
            return not_found()
        for a in self.arts:
            if a["cat"] == "thoi-su" and p == a["url"]:
                return self.article(a)
        if p == "/vi/rss/":
            items = [(a["title"], self.base + a["url"], rfc822(a), a["lead"]) for a in self.arts[:3]]
            return Resp(body=rss_xml("Vân Hải - Tin mới", self.base + "/vi/", items), ctype="application/rss+xml; charset=utf-8")
        if p.startswith("/tep/anh/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/vi/gioi-thieu/", "/vi/lien-he/", "/vi/lich-cong-tac/", "/vi/tim/"):
            return Resp(body=self.shell("Trang", f'<div class="trang-tinh"><h1>{E(p)}</h1><p>Nội dung đang cập nhật.</p></div>'))
        return not_found()

# ---------------------------------------------------------------------------
# 9. Commune site, old style: layout tables, <br> text, windows-1258 in meta only
# ---------------------------------------------------------------------------
def to_cp1258(s):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        # recompose base + first non-tone mark (circumflex, breve, horn) when cp1258 has it
        base, marks = d[0], list(d[1:])
        for mk in list(marks):
            c2 = unicodedata.normalize("NFC", base + mk)
            if len(c2) == 1:
                try:
                    c2.encode("cp1258"); base = c2; marks.remove(mk)
                except UnicodeEncodeError:
                    pass
        try:
            out += base.encode("cp1258") + "".join(marks).encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode()
    return bytes(out)

class Commune(Site):
    key = "commune"; name = "tanphuoc-xa-oldstyle"; ip = "127.0.1.9"
    family = "old-style commune site (ASP classic look: layout tables, <br>-separated text, windows-1258 declared only in a meta tag)"
    home_path = "/xatanphuoc/"
    CATS = {"1": "Tin hoạt động", "2": "Thông báo"}
    SIZE = 2
    note = ("Home /xatanphuoc/ (/ redirects 302 and /xatanphuoc redirects 301 to it). Bytes are windows-1258 (tone marks as combining characters); "
            "the HTTP Content-Type is plain 'text/html' with no charset; the charset is only in <meta http-equiv>. Lists /xatanphuoc/tin_danhsach.asp?loai=1 "
            "(2 pages, &trang=2) and ?loai=2 (1 page). Articles /xatanphuoc/tin_chitiet.asp?id=N&loai=L; body text is <br>-separated, no <p>. "
            "Non-articles: gioithieu.asp, lienhe.asp, lichtiepdan.asp, images under /xatanphuoc/hinhanh/.")
    def url_of(self, a):
        return f"/xatanphuoc/tin_chitiet.asp?id={200 + (len(self.arts) - a['n']) * 5}&loai={a['cat']}"
    def img(self, a): return f"/xatanphuoc/hinhanh/{h6(a['title'], 6)}.jpg"
    def shell(self, title, main):
        menu = " | ".join(f'<a href="tin_danhsach.asp?loai={c}"><font color="#FFFFFF">{E(t)}</font></a>' for c, t in self.CATS.items())
        last = "".join(f'<tr><td>&#8226; <a href="{a["url"].replace("/xatanphuoc/", "")}">{E(a["title"])}</a></td></tr>' for a in sorted(self.arts, key=views, reverse=True)[:4])
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{E(title)}</title></head>
<body bgcolor="#F2F2F2" topmargin="0" leftmargin="0"><table width="980" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="hinhanh/banner.jpg" width="980" height="150" alt="UBND XÃ TÂN PHƯỚC"></td></tr>
<tr bgcolor="#0B5394"><td colspan="2" height="26">&nbsp;<a href="./"><font color="#FFFFFF"><b>Trang chủ</b></font></a> | <a href="gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> | {menu} | <a href="lichtiepdan.asp"><font color="#FFFFFF">Lịch tiếp dân</font></a> | <a href="lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a></td>
<td align="right"><font color="#FFFFFF" size="1">{today_bar()}&nbsp;</font></td></tr>
<tr><td width="190" valign="top" bgcolor="#EAF1FB"><table width="100%" cellpadding="3"><tr><td bgcolor="#0B5394"><font color="#FFFFFF"><b>TIN XEM NHIỀU</b></font></td></tr>{last}
<tr><td><br><b>Thống kê truy cập</b><br>Đang online: 3<br>Tổng lượt: 0086412</td></tr></table></td>
<td width="600" valign="top"><table width="100%" cellpadding="6"><tr><td>{main}</td></tr></table></td>
<td width="190" valign="top"><table width="100%" cellpadding="3"><tr><td><b>LIÊN KẾT</b><br><a href="#">Cổng dịch vụ công quốc gia</a><br><a href="#">Hệ thống quản lý văn bản</a></td></tr></table></td></tr>
<tr bgcolor="#0B5394"><td colspan="3" align="center"><font color="#FFFFFF" size="2">ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC<br>Địa chỉ: ấp Phước Lộc, xã Tân Phước. ĐT: 0273.38xx.xxx</font></td></tr>
</table></body></html>"""
    def resp(self, title, main):
        return Resp(body=to_cp1258(self.shell(title, main)), ctype="text/html")
    def row(self, a):
        href = a["url"].replace("/xatanphuoc/", "")
        return (f'<tr><td width="110" valign="top"><img src="{self.img(a).replace("/xatanphuoc/", "")}" width="100"></td><td valign="top">'
                f'<a href="{href}"><b>{E(a["title"])}</b></a> <font color="#888888">({dmy(a)})</font><br>{E(a["lead"])}</td></tr>')
    def handle(self, req):
        p = req.path
        if p == "/":
            return redirect("/xatanphuoc/")
        if p == "/xatanphuoc":
            return redirect("/xatanphuoc/", 301)
        if p in ("/xatanphuoc/", "/xatanphuoc/default.asp"):
            main = '<font color="#0B5394" size="3"><b>TIN MỚI</b></font><table width="100%">' + "".join(self.row(a) for a in self.arts[:4]) + "</table>"
            main += '<br><a href="tin_danhsach.asp?loai=1">Xem tiếp &gt;&gt;</a>'
            return self.resp("UBND xã Tân Phước", main)
        if p == "/xatanphuoc/tin_danhsach.asp":
            c = req.qs.get("loai", "")
            if c not in self.CATS:
                return not_found()
            try: n = int(req.qs.get("trang", "1"))
            except ValueError: n = 1
            items, total = self.page(self.cat(c), n, self.SIZE)
            if not items:
                return not_found()
            pg = " ".join(f"[{i}]" if i == n else f'<a href="tin_danhsach.asp?loai={c}&trang={i}">{i}</a>' for i in range(1, total + 1))
            main = f'<font color="#0B5394" size="3"><b>{E(self.CATS[c].upper())}</b></font><table width="100%">{"".join(self.row(a) for a in items)}</table><br>Trang: {pg}'
            return self.resp(self.CATS[c], main)
        if p == "/xatanphuoc/tin_chitiet.asp":
            for a in self.arts:
                if a["url"] == f"/xatanphuoc/tin_chitiet.asp?id={req.qs.get('id')}&loai={req.qs.get('loai', a['cat'])}":
                    text = "<br><br>".join([E(x) for x in a["paras"]])
                    main = (f'<font color="#C00000" size="4"><b>{E(a["title"])}</b></font><br><font size="1" color="#666666">Ngày đăng: {dmy(a)} - Lượt xem: {views(a)}</font><br><br>'
                            f'<b>{E(a["lead"])}</b><br><br><center><img src="{self.img(a).replace("/xatanphuoc/", "")}" width="450"><br><i>{E(a["cap"])}</i></center><br>'
                            f'{text}<br><br><div align="right"><b>{E(a["by"])}</b></div><hr size="1">'
                            f'<a href="javascript:history.back()">[Trở về]</a> <a href="javascript:window.print()">[In trang]</a>')
                    return self.resp(a["title"], main)
            return not_found()
        if p.startswith("/xatanphuoc/hinhanh/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/xatanphuoc/gioithieu.asp", "/xatanphuoc/lienhe.asp", "/xatanphuoc/lichtiepdan.asp"):
            return self.resp("Trang", "Xã Tân Phước có 9 ấp, diện tích tự nhiên 48,6 km², dân số 31.240 người.<br>Nội dung đang cập nhật.")
        return not_found()

# ---------------------------------------------------------------------------
# 10. WordPress-like mass-organisation site
# ---------------------------------------------------------------------------
class WordPress(Site):
    key = "wp"; name = "haidong-phunu-wordpress"; ip = "127.0.1.10"
    family = "WordPress mass-organisation site (Hội LHPN): /page/N/, /category/<c>/page/N/, trailing slashes everywhere"
    home_path = "/"
    CATS = {"tin-hoat-dong": "Tin hoạt động", "binh-dang-gioi": "Bình đẳng giới"}
    SIZE = 3
    note = ("Home / with /page/2/; categories /category/tin-hoat-dong/ (2 pages, /category/tin-hoat-dong/page/2/) and /category/binh-dang-gioi/. "
            "Articles /<slug>/; the slash-less form redirects 301 to the slash form, /?p=<id> redirects 301 to the article, /page/1/ redirects to /. "
            "Feed /feed/ (all 6), tag pages /tag/<t>/, author /author/bientap/, /lien-he/, /gioi-thieu/, uploads under /wp-content/uploads/.")
    def setup(self):
        for a in self.arts:
            a["pid"] = 900 + (len(self.arts) - a["n"]) * 17
    def url_of(self, a): return f"/{slugify(a['title'])}/"
    def img(self, a): return f"/wp-content/uploads/{a['date'][:4]}/{a['date'][5:7]}/{h6(a['title'], 8)}-1024x683.jpg"
    def shell(self, title, main, body_cls="home"):
        menu = "".join(f'<li class="menu-item"><a href="/category/{k}/">{E(t)}</a></li>' for k, t in self.CATS.items())
        recent = "".join(f'<li><a href="{a["url"]}">{E(a["title"])}</a></li>' for a in self.arts[:5])
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{E(title)} &#8211; Hội LHPN tỉnh Hải Đông</title>
<link rel="alternate" type="application/rss+xml" title="Dòng thông tin" href="{self.base}/feed/"><meta name="generator" content="WordPress 6.6.2"></head>
<body class="{body_cls}"><div id="page" class="site"><div class="top-bar"><span class="ngay">{today_bar()}</span></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="{self.base}/" rel="home">Hội Liên hiệp Phụ nữ tỉnh Hải Đông</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{self.base}/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>{menu}<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><a href="/tag/phu-nu/">phụ nữ</a> <a href="/tag/hoi-vien/">hội viên</a></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Hội Liên hiệp Phụ nữ tỉnh Hải Đông · Số 5 đường Lê Thánh Tông · Vận hành trên WordPress</div></footer></div></body></html>"""
    def post(self, a):
        return (f'<article id="post-{a["pid"]}" class="post-{a["pid"]} post type-post status-publish"><header class="entry-header"><h2 class="entry-title"><a href="{a["url"]}" rel="bookmark">{E(a["title"])}</a></h2>'
                f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a["date"]}T{a["time"]}:00+07:00">{dmy(a)}</time></span></div></header>'
                f'<div class="entry-summary"><p>{E(a["lead"])} [&hellip;]</p></div><a class="more-link" href="{a["url"]}">Đọc tiếp</a></article>')
    def listing(self, lst, n, base, title):
        items, total = self.page(lst, n, self.SIZE)
        if not items:
            return not_found("Không tìm thấy trang")
        nav = ""
        if n < total: nav += f'<a class="next page-numbers" href="{base}page/{n+1}/">Trang sau &raquo;</a>'
        if n > 1: nav = (f'<a class="prev page-numbers" href="{base}' + (f"page/{n-1}/" if n > 2 else "") + '">&laquo; Trang trước</a>') + nav
        return Resp(body=self.shell(title, "".join(self.post(a) for a in items) + f'<nav class="navigation pagination"><div class="nav-links">{nav}</div></nav>', "archive"))
    def article(self, a):
        rel = [x for x in self.cat(a["cat"]) if x is not a][:3]
        main = f"""<article id="post-{a['pid']}" class="post-{a['pid']} post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header"><h1 class="entry-title">{E(a['title'])}</h1><div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{a['date']}T{a['time']}:00+07:00">{dmy(a)}</time></span>
<span class="byline"> bởi <span class="author vcard"><a href="/author/bientap/">Ban biên tập</a></span></span> <span class="post-views">{views(a)} lượt xem</span></div></header>
<div class="entry-content"><p><strong>{E(a['lead'])}</strong></p>{paras_html(a, self.img(a))}</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/{a['cat']}/" rel="category tag">{E(self.CATS[a['cat']])}</a></span> <span class="tags-links"><a href="/tag/phu-nu/">phụ nữ</a></span></footer></article>
{share_bar()}<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{''.join(f'<li><a href="{x["url"]}">{E(x["title"])}</a></li>' for x in rel)}</ul></div>"""
        return Resp(body=self.shell(a["title"], main, "single single-post"))
    def handle(self, req):
        p = req.path
        if p == "/" and "p" in req.qs:
            for a in self.arts:
                if str(a["pid"]) == req.qs["p"]:
                    return redirect(a["url"], 301)
            return not_found()
        m = re.fullmatch(r"/(?:page/(\d+)/)?", p)
        if m:
            n = int(m.group(1) or 1)
            if m.group(1) == "1":
                return redirect("/", 301)
            return self.listing(self.arts, n, "/", "Trang chủ")
        m = re.fullmatch(r"/category/([a-z-]+)/(?:page/(\d+)/)?", p)
        if m and m.group(1) in self.CATS:
            return self.listing(self.cat(m.group(1)), int(m.group(2) or 1), f"/category/{m.group(1)}/", self.CATS[m.group(1)])
        for a in self.arts:
            if p == a["url"]:
                return self.article(a)
            if p == a["url"].rstrip("/"):
                return redirect(a["url"], 301)
        if p == "/feed/":
            items = [(a["title"], self.base + a["url"], rfc822(a), a["lead"]) for a in self.arts]
            return Resp(body=rss_xml("Hội LHPN tỉnh Hải Đông", self.base + "/", items), ctype="application/rss+xml; charset=UTF-8")
        if p.startswith("/wp-content/uploads/"):
            return Resp(body=TINY_JPEG, ctype="image/jpeg")
        if p in ("/tag/phu-nu/", "/tag/hoi-vien/", "/author/bientap/"):
            return self.listing(self.arts[:2], 1, p, "Lưu trữ")
        if p in ("/lien-he/", "/gioi-thieu/"):
            return Resp(body=self.shell("Trang", '<article class="page"><h1 class="entry-title">Liên hệ</h1><div class="entry-content"><p>Điện thoại: 0203.38xx.xxx</p></div></article>', "page"))
        if p.rstrip("/") in ("/lien-he", "/gioi-thieu", "/feed", "/category/tin-hoat-dong", "/category/binh-dang-gioi"):
            return redirect(p + "/", 301)
        return not_found("Không tìm thấy trang")

# ---------------------------------------------------------------------------
# Server
# ---------------------------------------------------------------------------
SITE_CLASSES = [TanDan, Trang, Liferay, LiferayJson, Vnpt, Common, WebForms, Invented, Commune, WordPress]

def make_handler(site):
    class H(BaseHTTPRequestHandler):
        server_version = "Microsoft-IIS/8.5" if isinstance(site, (TanDan, Trang, Vnpt, WebForms, Commune)) else "Apache"
        sys_version = ""
        protocol_version = "HTTP/1.1"
        def _go(self, method):
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else b""
            try:
                r = site.handle(Req(method, self.path, self.headers, body))
            except Exception as e:  # keep serving
                r = Resp(500, f"<h1>500</h1><pre>{E(repr(e))}</pre>")
            if method == "POST" and r.status == 200 and not self._post_allowed(r):
                r = Resp(405, "<h1>405 Method Not Allowed</h1>", headers={"Allow": "GET, HEAD"})
            self.send_response(r.status)
            self.send_header("Content-Type", r.ctype)
            self.send_header("Content-Length", str(len(r.body)))
            for k, v in r.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if method != "HEAD":
                self.wfile.write(r.body)
        def _post_allowed(self, r):
            p = self.path.lower()
            return (isinstance(site, Vnpt) and p.startswith(LOADART.lower())) or \
                   (isinstance(site, LiferayJson) and "p_p_resource_id=loadpage" in p) or \
                   (isinstance(site, WebForms) and p.split("?")[0] in ("/tintuc.aspx",)) or \
                   isinstance(site, (TanDan,))  # SharePoint pages accept form posts
        def do_GET(self): self._go("GET")
        def do_HEAD(self): self._go("HEAD")
        def do_POST(self): self._go("POST")
        def log_message(self, fmt, *args):
            if "-v" in sys.argv:
                sys.stderr.write(f"[{site.ip}] " + (fmt % args) + "\n")
    return H

def build_sites():
    return [c() for c in SITE_CLASSES]

def main():
    sites = build_sites()
    if "--list" in sys.argv:
        for s in sites:
            print(f"{s.base + s.home_path:45s} {s.name:28s} {len(s.arts):2d} articles  {s.family}")
        return
    if "--expected" in sys.argv:
        print(json.dumps([s.expected() for s in sites], ensure_ascii=False, indent=2))
        return
    servers = []
    for s in sites:
        srv = ThreadingHTTPServer((s.ip, PORT), make_handler(s))
        srv.daemon_threads = True
        servers.append(srv)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        print(f"serving {s.name} on {s.base}{s.home_path}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        for srv in servers:
            srv.shutdown()

if __name__ == "__main__":
    main()
