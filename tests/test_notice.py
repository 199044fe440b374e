"""A notice's own particulars, and web items that only point to their attachment."""

from __future__ import annotations

from pathlib import Path

from extract.attachments import attachment_text
from extract.notice import Notice, is_pointer_item, parse_notice
from samples.make_notices import TEXT_PDF

FILES = Path(__file__).resolve().parent.parent / "samples" / "files"
RECIPIENTS = (
    "Văn phòng Chính phủ (A và B)",
    "Thường trực Tỉnh ủy",
    "Thường trực Hội đồng nhân dân tỉnh",
    "Chủ tịch và các Phó Chủ tịch UBND tỉnh",
    "Thành phần tham dự họp",
    "LĐVP",
    "CVNC",
)


def test_parse_notice_of_the_sample_pdf():
    text = attachment_text((FILES / TEXT_PDF).read_bytes(), TEXT_PDF).text
    assert parse_notice(text) == Notice(
        number="412/TB-UBND",
        issued_on="2021-07-09",
        issuer="ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
        signer="Đặng Vũ Bằng",
        signer_title="PHÓ CHÁNH VĂN PHÒNG",
        recipients=RECIPIENTS,
    )


def test_parse_notice_with_the_motto_on_the_issuer_lines():
    text = (
        "UBND HUYỆN KỲ ANH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "VĂN PHÒNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 35 /TB-VP Kỳ Anh, ngày 16 tháng 7 năm 2020\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại buổi giao ban\n"
        "Nơi nhận:\n+ Các phòng, ban,\n- Lưu: VT.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Hùng"
    )
    assert parse_notice(text) == Notice(
        number="35/TB-VP",
        issued_on="2020-07-16",
        issuer="UBND HUYỆN KỲ ANH VĂN PHÒNG",
        signer="Nguyễn Văn Hùng",
        signer_title="CHÁNH VĂN PHÒNG",
        recipients=("Các phòng, ban",),
    )


def test_parse_notice_of_plain_text_finds_nothing():
    assert parse_notice("Hội nghị diễn ra sáng nay.") == Notice(None, None, None, None, None, ())


def test_pointer_items():
    assert is_pointer_item("Xem toàn văn Thông báo số 412/TB-UBND tại tệp đính kèm.")
    assert is_pointer_item("Tệp đính kèm: tb412.pdf")
    assert is_pointer_item(("Thông báo kết luận của Chủ tịch UBND tỉnh. " * 12) + "Tải về")
    assert not is_pointer_item("Chiều 7/7, Ủy ban nhân dân tỉnh tổ chức hội nghị. " * 20)
