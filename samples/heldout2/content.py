# -*- coding: utf-8 -*-
"""Fictional article content for the second held-out portal set.

Every province, commune, official, figure and sentence here is invented.
Body paragraphs are composed from templates written for this set.
"""
import random
import unicodedata
import re

TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def slugify(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r'[^A-Za-z0-9]+', '-', s).strip('-').lower()
    return s


def cp1258_bytes(text):
    """Encode NFC Vietnamese text as windows-1258 the way legacy sites did:
    precomposed base vowels (â, ê, ô, ơ, ư, ă) plus a combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base = d[0] + ''.join(m for m in d[1:] if m not in TONES)
        tones = ''.join(m for m in d[1:] if m in TONES)
        base = unicodedata.normalize('NFC', base)
        try:
            out += base.encode('cp1258') + tones.encode('cp1258')
        except UnicodeEncodeError:
            out += ('&#%d;' % ord(ch)).encode('ascii')
    return bytes(out)


def day_phrase(dt, variant):
    """dt = 'YYYY-MM-DDTHH:MM'"""
    y, m, d = int(dt[0:4]), int(dt[5:7]), int(dt[8:10])
    h = int(dt[11:13])
    part = 'Sáng' if h < 12 else 'Chiều'
    v = variant % 7
    if v == 0:
        return '%s %d/%d' % (part, d, m)
    if v == 1:
        return 'Ngày %d-%d' % (d, m)
    if v == 2:
        return '%s nay (%d/%d)' % (part, d, m)
    if v == 3:
        return 'Ngày %d - %d' % (d, m)
    if v == 4:
        return '%s ngày %d tháng %d năm %d' % (part, d, m, y)
    if v == 5:
        return '%s %d.%d' % (part, d, m)
    return 'Vào %s ngày %d/%d/%d' % (part.lower(), d, m, y)


ISSUES = [
    'tiến độ giải ngân vốn đầu tư công',
    'công tác giải phóng mặt bằng các công trình trọng điểm',
    'thu ngân sách nhà nước trên địa bàn',
    'chuyển đổi số trong giải quyết thủ tục hành chính',
    'phòng, chống thiên tai và tìm kiếm cứu nạn',
    'chăm lo đời sống người dân vùng đồng bào dân tộc thiểu số',
    'quản lý đất đai, khoáng sản và bảo vệ môi trường',
    'xây dựng nông thôn mới nâng cao',
    'cải thiện chỉ số năng lực cạnh tranh cấp tỉnh',
    'xóa nhà tạm, nhà dột nát cho hộ nghèo',
    'vận hành bộ máy chính quyền địa phương hai cấp',
    'phát triển du lịch cộng đồng gắn với bảo tồn văn hóa',
]
DIRECTIVES = [
    'các sở, ngành khẩn trương tháo gỡ vướng mắc, không để hồ sơ tồn đọng quá hạn',
    'người đứng đầu các đơn vị chịu trách nhiệm trực tiếp về kết quả giải ngân',
    'tăng cường kiểm tra, giám sát, xử lý nghiêm các trường hợp chậm trễ',
    'rà soát, hoàn thiện hồ sơ trình kỳ họp bảo đảm chất lượng và đúng thời hạn',
    'chủ động phương án ứng phó, bảo đảm an toàn tính mạng và tài sản của Nhân dân',
    'đẩy mạnh thanh toán không dùng tiền mặt và dịch vụ công trực tuyến toàn trình',
    'tập trung chăm lo Tết cho hộ nghèo, gia đình chính sách, không để ai bị bỏ lại phía sau',
]
REPORTERS = [
    'lãnh đạo Văn phòng UBND', 'đại diện Sở Tài chính', 'lãnh đạo Sở Nội vụ',
    'Trưởng ban Kinh tế - Ngân sách HĐND',
    'lãnh đạo Sở Nông nghiệp và Môi trường', 'đại diện Văn phòng HĐND và UBND',
]


def meeting_body(a, rng):
    chair_name, chair_office = a['chair']
    dp = day_phrase(a['dt'], a['id'])
    style = a['id'] % 4
    if style == 0:
        chair = 'Đồng chí %s, %s chủ trì %s.' % (chair_name, chair_office, a['short'])
    elif style == 1:
        chair = 'Đồng chí %s - %s chủ trì.' % (chair_name, chair_office)
    elif style == 2:
        chair = 'Dưới sự chủ trì của đồng chí %s, %s, %s diễn ra trong một buổi.' % (
            chair_name, chair_office, a['short'])
    else:
        chair = 'Chủ tọa %s là đồng chí %s, %s.' % (a['short'], chair_name, chair_office)
    i1, i2 = rng.sample(ISSUES, 2)
    pct = rng.randint(52, 97)
    n = rng.randint(8, 46)
    billions = rng.randint(120, 4800)
    p = []
    p.append('%s, %s tổ chức %s. %s Dự có các đồng chí lãnh đạo các sở, ban, ngành, '
             'đoàn thể và đại diện %d đơn vị liên quan.' % (dp, a['org'], a['meeting'], chair, n))
    p.append('Tại %s, %s đã trình bày báo cáo về %s. Theo báo cáo, đến nay đã đạt %d%% kế hoạch, '
             'tương ứng khoảng %s tỷ đồng; %d nhiệm vụ được giao đã hoàn thành, số còn lại đang được '
             'các đơn vị tiếp tục thực hiện.' % (a['short'], rng.choice(REPORTERS), a['topic'], pct,
                                                '{:,}'.format(billions).replace(',', '.'), n // 2 + 3))
    p.append('Thảo luận tại %s, các đại biểu tập trung phân tích những khó khăn liên quan đến %s và %s; '
             'đồng thời kiến nghị bổ sung nguồn lực, làm rõ trách nhiệm của từng cơ quan trong khâu phối hợp.'
             % (a['short'], i1, i2))
    p.append('Phát biểu kết luận, đồng chí %s đề nghị %s. %s' % (
        chair_name.split()[-1] if not chair_name.startswith(('Y ', "H'")) else chair_name,
        rng.choice(DIRECTIVES),
        'Các nội dung được thống nhất sẽ được hoàn thiện để ban hành trong tháng.'
        if a['id'] % 2 else 'Thời gian tới, cần bám sát kế hoạch, báo cáo kết quả tại phiên họp tiếp theo.'))
    return p


def news_body(a, rng):
    dp = day_phrase(a['dt'], a['id'] + 3)
    hh = rng.randint(60, 900)
    p = []
    p.append('%s, tại %s, %s tổ chức %s.' % (dp, a['place'], a['org'], a['event']))
    p.append('Theo ban tổ chức, hoạt động thu hút khoảng %d người tham gia, trong đó có nhiều hộ gia đình '
             'ở các thôn, bản vùng sâu. Kinh phí thực hiện được huy động từ ngân sách và sự đóng góp của '
             'các doanh nghiệp, nhà hảo tâm trên địa bàn.' % hh)
    p.append('Phát biểu tại buổi lễ, đồng chí %s, %s ghi nhận sự vào cuộc của cả hệ thống chính trị và '
             'đề nghị các đơn vị tiếp tục duy trì, nhân rộng cách làm hiệu quả.' % a['chair'])
    p.append('Dịp này, ban tổ chức đã trao %d suất quà và giấy khen cho các tập thể, cá nhân có thành tích '
             'tiêu biểu.' % rng.randint(12, 150))
    return p


def build(site_key, specs, defaults):
    """specs: list of dicts with at least kind,title,dt,sec ; defaults fill org/chair/etc."""
    arts = []
    for i, s in enumerate(specs):
        a = dict(defaults)
        a.update(s)
        a['id'] = a.get('id', 100 + i)
        a['slug'] = slugify(a['title'])
        rng = random.Random('%s-%d' % (site_key, a['id']))
        if a['kind'] == 'meet':
            a.setdefault('short', 'phiên họp')
            if 'topic' not in a:
                mt = a['meeting']
                if 'Kỳ họp' in mt or 'kỳ họp' in mt:
                    a['topic'] = 'các báo cáo, tờ trình và dự thảo nghị quyết trình kỳ họp'
                elif 'thường kỳ' in mt:
                    a['topic'] = 'tình hình kinh tế - xã hội, quốc phòng - an ninh và nhiệm vụ trọng tâm thời gian tới'
                elif ' về ' in mt:
                    a['topic'] = mt.split(' về ', 1)[1]
                else:
                    a['topic'] = 'các nội dung theo chương trình đề ra'
            a['paras'] = meeting_body(a, rng)
            if a['topic'] in a['meeting']:
                a['lead'] = a.get('lead') or ('%s, %s đã tổ chức %s nhằm đánh giá tiến độ, tháo gỡ khó khăn, '
                                              'vướng mắc.' % (day_phrase(a['dt'], a['id'] + 1), a['org'], a['meeting']))
            a['lead'] = a.get('lead') or ('%s, %s đã tổ chức %s để xem xét, cho ý kiến về %s.' % (
                day_phrase(a['dt'], a['id'] + 1), a['org'], a['meeting'], a['topic']))
            a.setdefault('caption', 'Quang cảnh %s.' % a['short'])
        else:
            a['paras'] = news_body(a, rng)
            a['lead'] = a.get('lead') or ('%s, %s tổ chức %s.' % (
                day_phrase(a['dt'], a['id'] + 2), a['org'], a['event']))
            a.setdefault('caption', 'Các đại biểu tại %s.' % a['place'])
        arts.append(a)
    return arts
