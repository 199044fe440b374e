# -*- coding: utf-8 -*-
"""Article specs for the eight fictional portals (all names invented)."""
from content import build

M = 'meet'
N = 'news'


def S(kind, sec, dt, title, **kw):
    d = dict(kind=kind, sec=sec, dt=dt, title=title)
    d.update(kw)
    return d


# ---------------------------------------------------------------- site 1
S1 = build('s1', [
    S(M, 'A', '2025-11-20T16:40', 'UBND tỉnh Bình Lâm họp phiên thường kỳ tháng 11 năm 2025',
      meeting='phiên họp thường kỳ tháng 11 năm 2025', topic='tình hình kinh tế - xã hội 11 tháng', id=5821),
    S(M, 'A', '2025-11-12T10:05', 'Thường trực HĐND tỉnh cho ý kiến chuẩn bị Kỳ họp thứ 31',
      org='Thường trực HĐND tỉnh Bình Lâm', meeting='phiên họp chuẩn bị Kỳ họp thứ 31 HĐND tỉnh khóa X',
      chair=('Lương Thị Bích Ngọc', 'Chủ tịch HĐND tỉnh'), id=5804),
    S(M, 'A', '2025-10-28T15:20', 'Chủ tịch UBND tỉnh chủ trì họp tháo gỡ vướng mắc giải phóng mặt bằng cao tốc',
      meeting='cuộc họp chuyên đề về giải phóng mặt bằng tuyến cao tốc qua địa bàn tỉnh', short='cuộc họp', id=5777),
    S(N, 'A', '2025-10-15T09:00', 'Lãnh đạo tỉnh Bình Lâm thăm, tặng quà hộ nghèo xã Phước Sơn',
      event='chương trình thăm, tặng quà hộ nghèo', place='xã Phước Sơn', id=5750),
    S(M, 'A', '2025-09-24T14:30', 'UBND tỉnh Bình Lâm thông qua 6 dự thảo nghị quyết trình HĐND tỉnh',
      meeting='phiên họp thường kỳ tháng 9 năm 2025', id=5712),
    S(M, 'A', '2025-08-29T08:45', 'Phiên họp UBND tỉnh tháng 8: tập trung vận hành chính quyền địa phương hai cấp',
      meeting='phiên họp thường kỳ tháng 8 năm 2025', topic='vận hành bộ máy chính quyền địa phương hai cấp', id=5689),
    S(N, 'B', '2025-11-18T07:30', 'Bình Lâm khởi công nhà máy chế biến nông sản công nghệ cao',
      event='lễ khởi công nhà máy chế biến nông sản', place='Khu công nghiệp Tây Bình Lâm', id=5815),
    S(N, 'B', '2025-11-05T11:10', 'Hơn 1.200 nhà tạm được xóa trước thời hạn tại Bình Lâm',
      event='lễ tổng kết chương trình xóa nhà tạm, nhà dột nát', place='Hội trường UBND tỉnh', id=5795),
], dict(org='UBND tỉnh Bình Lâm', chair=('Trịnh Quốc Hưng', 'Chủ tịch UBND tỉnh'),
        byline='Thu Hà - Cổng TTĐT tỉnh'))
for a in S1:
    a['hidden'] = a['id'] in (5712, 5689)

# ---------------------------------------------------------------- site 2
S2 = build('s2', [
    S(M, 'A', '2024-12-20T08:20', 'UBND huyện Đông Khê tổ chức phiên họp thường kỳ tháng 12 năm 2024',
      meeting='phiên họp thường kỳ tháng 12 năm 2024', id=1460),
    S(M, 'A', '2024-12-09T14:35', 'HĐND huyện Đông Khê khai mạc Kỳ họp thứ 19, khóa XX',
      org='HĐND huyện Đông Khê', meeting='Kỳ họp thứ 19, HĐND huyện khóa XX, nhiệm kỳ 2021-2026', short='kỳ họp',
      chair=('Nông Văn Thiện', 'Chủ tịch HĐND huyện'), id=1451),
    S(M, 'A', '2024-11-22T09:10', 'Thường trực HĐND huyện họp phiên tháng 11',
      org='Thường trực HĐND huyện Đông Khê', meeting='phiên họp thường kỳ tháng 11-2024',
      chair=('Nông Văn Thiện', 'Chủ tịch HĐND huyện'), id=1437),
    S(N, 'A', '2024-11-08T15:00', 'Đông Khê ra mắt mô hình "Dân vận khéo" trong xây dựng đường giao thông nông thôn',
      event='lễ ra mắt mô hình "Dân vận khéo"', place='thôn Nà Pàn, xã Thụy Hùng', id=1421),
    S(M, 'A', '2024-10-25T08:00', 'Chủ tịch UBND huyện làm việc với các xã về tiến độ giải ngân vốn đầu tư công',
      meeting='buổi làm việc với UBND các xã về giải ngân vốn đầu tư công', short='buổi làm việc',
      topic='tiến độ giải ngân vốn đầu tư công', id=1408),
    S(M, 'A', '2024-10-10T14:15', 'UBND huyện Đông Khê họp bàn phương án sắp xếp đơn vị hành chính cấp xã',
      meeting='cuộc họp về phương án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025', short='cuộc họp', id=1392),
    S(N, 'B', '2024-12-15T10:30', 'Nông dân Đông Khê thu hoạch vụ hồng không hạt đạt giá cao',
      event='ngày hội thu hoạch hồng không hạt', place='xã Đức Thông', id=1456),
    S(N, 'B', '2024-11-30T07:45', 'Huyện Đông Khê trao 45 suất học bổng cho học sinh vượt khó',
      event='lễ trao học bổng cho học sinh có hoàn cảnh khó khăn', place='Nhà văn hóa huyện', id=1444),
], dict(org='UBND huyện Đông Khê', chair=('Hoàng Văn Khánh', 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện'),
        byline='Bế Thị Nhung'))

# ---------------------------------------------------------------- site 3 (Drupal)
S3 = build('s3', [
    S(M, 'A', '2025-04-24T08:30', 'UBND tỉnh Phước Hà họp thường kỳ tháng 4 năm 2025',
      meeting='phiên họp thường kỳ tháng 4 năm 2025', id=2731),
    S(M, 'A', '2025-04-17T14:00', 'Phó Chủ tịch UBND tỉnh chủ trì họp về công tác phòng, chống hạn mặn',
      meeting='cuộc họp về công tác phòng, chống hạn hán, xâm nhập mặn', short='cuộc họp',
      chair=('Thạch Sô Phol', 'Phó Chủ tịch UBND tỉnh'), topic='phòng, chống thiên tai và tìm kiếm cứu nạn', id=2725),
    S(M, 'A', '2025-04-03T09:15', 'HĐND tỉnh Phước Hà tổ chức kỳ họp chuyên đề về sắp xếp đơn vị hành chính',
      org='HĐND tỉnh Phước Hà', meeting='kỳ họp chuyên đề (Kỳ họp thứ 27) HĐND tỉnh khóa X', short='kỳ họp',
      chair=('Lâm Thị Sa Rin', 'Chủ tịch HĐND tỉnh'), id=2710),
    S(N, 'A', '2025-03-21T10:00', 'Lãnh đạo tỉnh Phước Hà tiếp công dân định kỳ tháng 3',
      event='buổi tiếp công dân định kỳ', place='Trụ sở Tiếp công dân tỉnh', id=2698),
    S(M, 'A', '2025-03-12T08:30', 'UBND tỉnh thông qua đề án phát triển du lịch cộng đồng vùng ven biển',
      meeting='phiên họp chuyên đề tháng 3 năm 2025', topic='phát triển du lịch cộng đồng gắn với bảo tồn văn hóa', id=2684),
    S(M, 'A', '2025-02-26T14:20', 'Thường trực Tỉnh ủy và UBND tỉnh đồng chủ trì hội nghị về cải cách hành chính',
      org='Thường trực Tỉnh ủy và UBND tỉnh Phước Hà', meeting='hội nghị trực tuyến về cải cách hành chính', short='hội nghị',
      chair=('Danh Minh Khôi', 'Bí thư Tỉnh ủy'), id=2660),
    S(M, 'A', '2025-02-07T08:00', 'UBND tỉnh Phước Hà họp phiên đầu tiên sau Tết Nguyên đán Ất Tỵ',
      meeting='phiên họp thường kỳ tháng 1 năm 2025', id=2641),
    S(N, 'B', '2025-04-20T07:00', 'Phước Hà xuất khẩu lô tôm sú đầu tiên sang thị trường châu Âu',
      event='lễ xuất khẩu lô tôm sú đầu tiên', place='Cảng cá Rạch Gốc', id=2728),
    S(N, 'B', '2025-03-30T16:00', 'Khánh thành cầu Kênh Xáng nối hai xã vùng sâu',
      event='lễ khánh thành cầu Kênh Xáng', place='xã Vĩnh Hải', id=2704),
], dict(org='UBND tỉnh Phước Hà', chair=('Trần Minh Toàn', 'Chủ tịch UBND tỉnh'), byline='Kim Ngân'))

# ---------------------------------------------------------------- site 4 (Joomla)
S4 = build('s4', [
    S(M, 'A', '2025-03-06T09:15', 'UBND huyện Mường Piềng họp phiên thường kỳ tháng 3 năm 2025',
      meeting='phiên họp thường kỳ tháng 3 năm 2025', id=245),
    S(M, 'A', '2025-02-25T14:10', 'HĐND huyện Mường Piềng tổ chức kỳ họp bất thường',
      org='HĐND huyện Mường Piềng', meeting='kỳ họp thứ 14 (kỳ họp bất thường) HĐND huyện khóa XXI', short='kỳ họp',
      chair=('Lò Văn Inh', 'Chủ tịch HĐND huyện'), id=241),
    S(N, 'A', '2025-02-14T08:30', 'Lãnh đạo huyện kiểm tra công tác phòng, chống cháy rừng',
      event='đợt kiểm tra công tác phòng cháy, chữa cháy rừng', place='xã Pá Hốc', id=238),
    S(M, 'A', '2025-01-21T15:00', 'Mường Piềng tổng kết nhiệm vụ năm 2024, triển khai kế hoạch năm 2025',
      meeting='hội nghị tổng kết nhiệm vụ năm 2024', short='hội nghị', id=232),
    S(M, 'A', '2024-12-27T08:00', 'Phiên họp UBND huyện tháng 12: rà soát chỉ tiêu giảm nghèo',
      meeting='phiên họp thường kỳ tháng 12 năm 2024', topic='chăm lo đời sống người dân vùng đồng bào dân tộc thiểu số', id=227),
    S(M, 'A', '2024-12-18T09:30', 'Thường trực HĐND huyện giám sát việc giải quyết kiến nghị cử tri',
      org='Thường trực HĐND huyện Mường Piềng', meeting='phiên giám sát việc giải quyết kiến nghị cử tri', short='phiên giám sát',
      chair=('Lò Văn Inh', 'Chủ tịch HĐND huyện'), id=223),
    S(M, 'A', '2024-11-29T14:00', 'UBND huyện họp bàn kế hoạch tổ chức Ngày hội văn hóa các dân tộc',
      meeting='cuộc họp triển khai kế hoạch Ngày hội văn hóa các dân tộc', short='cuộc họp', id=218),
    S(N, 'B', '2025-03-01T07:30', 'Người Mông ở Mường Piềng chuyển đổi sang trồng mận hậu',
      event='hội nghị đầu bờ về mô hình trồng mận hậu', place='bản Hua Ngà, xã Chiềng Sại', id=244,
      chair=('Giàng A Chớ', 'Phó Chủ tịch UBND huyện')),
    S(N, 'B', '2025-01-10T10:00', 'Trao 320 chăn ấm cho học sinh bán trú vùng cao',
      event='chương trình "Áo ấm cho em"', place='Trường PTDTBT THCS Pá Hốc', id=230),
], dict(org='UBND huyện Mường Piềng', chair=('Sùng Seo Páo', 'Chủ tịch UBND huyện'), byline='Quàng Thị Mai'))

# ---------------------------------------------------------------- site 5 (DNN)
S5 = build('s5', [
    S(M, 'A', '2025-06-24T16:09', 'UBND tỉnh Ea Lâm họp phiên thường kỳ tháng 6 năm 2025',
      meeting='phiên họp thường kỳ tháng 6 năm 2025', id=523),
    S(M, 'A', '2025-06-12T09:40', 'HĐND tỉnh Ea Lâm khai mạc kỳ họp chuyên đề tháng 6',
      org='HĐND tỉnh Ea Lâm', meeting='Kỳ họp thứ 12 (chuyên đề) HĐND tỉnh khóa X', short='kỳ họp',
      chair=("H'Bia Êban", 'Chủ tịch HĐND tỉnh'), id=517),
    S(N, 'A', '2025-05-30T08:15', 'Chủ tịch UBND tỉnh thăm, động viên nông dân thu hoạch cà phê vụ muộn',
      event='chuyến thăm nông dân thu hoạch cà phê', place='xã Ea Tiêu', id=509),
    S(M, 'A', '2025-05-22T14:00', 'UBND tỉnh họp cho ý kiến đề án thành lập các xã mới sau sắp xếp',
      meeting='cuộc họp cho ý kiến đề án sắp xếp đơn vị hành chính cấp xã', short='cuộc họp',
      topic='vận hành bộ máy chính quyền địa phương hai cấp', id=503),
    S(M, 'A', '2025-05-09T08:30', 'Quyền Chủ tịch UBND tỉnh chủ trì họp về tiến độ dự án hồ chứa nước Krông Bơ',
      meeting='cuộc họp về tiến độ dự án hồ chứa nước Krông Bơ', short='cuộc họp',
      chair=('Ksor Y Thoại', 'Quyền Chủ tịch UBND tỉnh'), id=498),
    S(M, 'A', '2025-04-25T15:30', 'Phiên họp UBND tỉnh tháng 4 năm 2025 đánh giá tăng trưởng quý I',
      meeting='phiên họp thường kỳ tháng 4 năm 2025', id=491),
    S(N, 'B', '2025-06-20T10:20', 'Ea Lâm đón 50 nghìn lượt khách dịp Lễ hội cà phê',
      event='Lễ hội cà phê lần thứ IX', place='Quảng trường trung tâm tỉnh', id=521),
    S(N, 'B', '2025-06-02T07:50', 'Bàn giao 86 căn nhà Đại đoàn kết cho đồng bào Ê Đê',
      event='lễ bàn giao nhà Đại đoàn kết', place='buôn Kô Siêr', id=512),
    S(N, 'B', '2025-05-16T16:45', 'Hoàn thành đường giao thông liên xã Cư Mgar - Ea Tiêu',
      event='lễ thông xe tuyến đường liên xã', place='xã Cư Mgar', id=501),
], dict(org='UBND tỉnh Ea Lâm', chair=('Y Wơn Niê', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'),
        byline='H\'Linh Mlô - Văn phòng UBND tỉnh'))

# ---------------------------------------------------------------- site 6 (legacy charset / redirects)
S6 = build('s6', [
    S(M, 'A', '2024-10-20T08:00', 'UBND thành phố Vĩnh Điền họp phiên thường kỳ tháng 10',
      meeting='phiên họp thường kỳ tháng 10-2024', id=3106),
    S(M, 'A', '2024-10-08T14:00', 'HĐND thành phố Vĩnh Điền bế mạc kỳ họp thứ mười bốn',
      org='HĐND thành phố Vĩnh Điền', meeting='Kỳ họp thứ mười bốn HĐND thành phố khóa XII', short='kỳ họp',
      chair=('Phan Thị Ngọc Hoà', 'Chủ tịch HĐND thành phố'), id=3097),
    S(N, 'A', '2024-09-27T09:00', 'Thành phố ra quân chỉnh trang đô thị, lập lại trật tự vỉa hè',
      event='lễ ra quân chỉnh trang đô thị', place='phường Trung Ninh', id=3088),
    S(M, 'A', '2024-09-18T15:00', 'Chủ tịch UBND thành phố đối thoại với hộ dân dự án khu dân cư Bến Đò',
      meeting='buổi đối thoại với các hộ dân bị ảnh hưởng dự án khu dân cư Bến Đò', short='buổi đối thoại',
      topic='công tác giải phóng mặt bằng các công trình trọng điểm', id=3074),
    S(M, 'A', '2024-09-05T08:30', 'UBND thành phố Vĩnh Điền họp phiên tháng 9: tập trung thu ngân sách',
      meeting='phiên họp thường kỳ tháng 9-2024', topic='thu ngân sách nhà nước trên địa bàn', id=3062),
    S(M, 'A', '2024-08-23T14:00', 'Ủy ban MTTQ thành phố hiệp thương giới thiệu người ứng cử bổ sung',
      org='Ủy ban MTTQ Việt Nam thành phố Vĩnh Điền', meeting='hội nghị hiệp thương lần thứ hai', short='hội nghị',
      chair=('Đoàn Văn Lực', 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố'), id=3051),
    S(N, 'B', '2024-10-15T10:00', 'Thông báo lịch tiếp công dân của lãnh đạo thành phố tháng 11',
      event='việc công bố lịch tiếp công dân định kỳ', place='Trụ sở UBND thành phố', id=3100),
    S(N, 'B', '2024-09-30T08:00', 'Thông báo tạm ngừng cấp nước khu vực phường Đông Xuyên',
      event='việc thông báo kế hoạch bảo trì đường ống cấp nước', place='phường Đông Xuyên', id=3090),
], dict(org='UBND thành phố Vĩnh Điền', chair=('Võ Thanh Liêm', 'Chủ tịch UBND thành phố'), byline='Minh Triết'))
for a in S6:
    a['legacy'] = a['id'] % 2 == 0          # windows-1258 pages
    a['oldlink'] = a['id'] in (3106, 3088, 3062, 3100)   # linked through a redirect chain

# ---------------------------------------------------------------- site 7 (JSON API)
S7 = build('s7', [
    S(M, 'A', '2026-01-15T08:00', 'UBND thành phố Hải Cảng họp phiên thường kỳ tháng 1 năm 2026',
      meeting='phiên họp thường kỳ tháng 1 năm 2026', id=90412),
    S(M, 'A', '2026-01-08T14:30', 'Thường trực HĐND thành phố thống nhất nội dung kỳ họp chuyên đề đầu năm',
      org='Thường trực HĐND thành phố Hải Cảng', meeting='phiên họp thường kỳ tháng 1', 
      chair=('Tô Thị Hồng Vân', 'Chủ tịch HĐND thành phố'), id=90388),
    S(M, 'A', '2025-12-26T09:00', 'HĐND thành phố Hải Cảng bế mạc kỳ họp thường lệ cuối năm 2025',
      org='HĐND thành phố Hải Cảng', meeting='kỳ họp thường lệ cuối năm 2025 (Kỳ họp thứ 28)', short='kỳ họp',
      chair=('Tô Thị Hồng Vân', 'Chủ tịch HĐND thành phố'), id=90301),
    S(M, 'A', '2025-12-18T15:15', 'Chủ tịch UBND thành phố chủ trì họp về dự án mở rộng cảng Lạch Huyện Bắc',
      meeting='cuộc họp về dự án mở rộng cảng Lạch Huyện Bắc', short='cuộc họp', id=90266),
    S(N, 'A', '2025-12-05T10:00', 'Lãnh đạo thành phố tiếp đoàn doanh nghiệp Nhật Bản',
      event='buổi tiếp đoàn doanh nghiệp Nhật Bản', place='Trụ sở UBND thành phố', id=90218),
    S(N, 'B', '2026-01-12T07:30', 'Hải Cảng khai trương tuyến xe buýt điện số 09',
      event='lễ khai trương tuyến xe buýt điện', place='Bến xe Cầu Rào', id=90377),
    S(N, 'B', '2025-12-30T09:45', 'Thành phố hoàn thành số hóa hồ sơ hộ tịch tại 114 xã, phường',
      event='hội nghị tổng kết số hóa dữ liệu hộ tịch', place='Trung tâm Phục vụ hành chính công thành phố', id=90320),
    S(N, 'B', '2025-12-10T08:20', 'Khởi công khu nhà ở xã hội 1.500 căn tại phường An Lư',
      event='lễ khởi công khu nhà ở xã hội', place='phường An Lư', id=90240),
], dict(org='UBND thành phố Hải Cảng', chair=('Đặng Quang Hiếu', 'Chủ tịch UBND thành phố'),
        byline='Bảo Châu'))
for a in S7:
    a['featured'] = a['id'] in (90412, 90377)

# ---------------------------------------------------------------- site 8 (commune subsite)
S8 = build('s8', [
    S(M, 'A', '2025-11-27T07:45', 'HĐND xã Tân Hòa Đông tổ chức kỳ họp thứ ba',
      org='HĐND xã Tân Hòa Đông', meeting='Kỳ họp thứ ba, HĐND xã khóa I, nhiệm kỳ 2021-2026', short='kỳ họp',
      chair=('Huỳnh Văn Phước', 'Chủ tịch HĐND xã'), id=611),
    S(M, 'A', '2025-10-30T14:00', 'UBND xã Tân Hòa Đông họp phiên thường kỳ tháng 10',
      meeting='phiên họp thường kỳ tháng 10 năm 2025', id=588),
    S(M, 'A', '2025-09-26T08:00', 'UBND xã đánh giá 3 tháng vận hành chính quyền địa phương hai cấp',
      meeting='hội nghị đánh giá 3 tháng vận hành chính quyền địa phương hai cấp', short='hội nghị',
      topic='vận hành bộ máy chính quyền địa phương hai cấp', id=560),
    S(M, 'A', '2025-08-28T14:30', 'Thường trực HĐND xã Tân Hòa Đông họp phiên tháng 8',
      org='Thường trực HĐND xã Tân Hòa Đông', meeting='phiên họp thường kỳ tháng 8-2025',
      chair=('Huỳnh Văn Phước', 'Chủ tịch HĐND xã'), id=531),
    S(M, 'A', '2025-07-15T08:30', 'HĐND xã Tân Hòa Đông khóa I tổ chức kỳ họp thứ nhất',
      org='HĐND xã Tân Hòa Đông', meeting='Kỳ họp thứ nhất, HĐND xã khóa I', short='kỳ họp',
      chair=('Huỳnh Văn Phước', 'Chủ tịch HĐND xã'), id=502),
    S(N, 'B', '2025-11-10T09:00', 'Xã Tân Hòa Đông ra mắt Trung tâm Phục vụ hành chính công',
      event='lễ ra mắt Trung tâm Phục vụ hành chính công xã', place='Trụ sở UBND xã', id=597),
    S(N, 'B', '2025-09-02T07:00', 'Tân Hòa Đông tổ chức ngày hội đại đoàn kết toàn dân tộc ấp Mỹ Lợi',
      event='ngày hội đại đoàn kết toàn dân tộc', place='ấp Mỹ Lợi', id=548),
    S(N, 'C', '2025-11-20T10:00', 'Thông báo kết quả Kỳ họp thứ ba HĐND xã Tân Hòa Đông',
      org='Thường trực HĐND xã Tân Hòa Đông', event='việc thông báo kết quả kỳ họp', place='Trụ sở HĐND - UBND xã',
      chair=('Huỳnh Văn Phước', 'Chủ tịch HĐND xã'), id=606),
    S(N, 'C', '2025-10-06T14:00', 'Thông báo lịch tiếp công dân quý IV năm 2025',
      event='việc công bố lịch tiếp công dân quý IV', place='Trụ sở HĐND - UBND xã', id=575),
], dict(org='UBND xã Tân Hòa Đông', chair=('Lê Thị Mỹ Duyên', 'Chủ tịch UBND xã'), byline='Văn phòng HĐND - UBND xã'))
