"""Tests for extract.documents: cited documents and notice headers."""

import unicodedata

from extract.documents import Document, find_documents, issuer_from_number, notice_header


def test_full_citation_with_date_and_issuer():
    text = "Theo Báo cáo số 236/BC-UBND ngày 07/7/2021 của UBND tỉnh về kiểm điểm."
    assert find_documents(text) == [
        Document(
            raw="Báo cáo số 236/BC-UBND ngày 07/7/2021 của UBND tỉnh",
            doc_type="Báo cáo",
            number="236/BC-UBND",
            issuer="UBND tỉnh",
            issued_on="2021-07-07",
            char_start=5,
            char_end=56,
        )
    ]


def test_offsets_point_at_raw():
    text = "Triển khai Nghị quyết số 68/NQ-CP⁸ của Chính phủ. Việc hỗ trợ phải đúng đối tượng."
    [doc] = find_documents(text)
    assert text[doc.char_start : doc.char_end] == doc.raw == "Nghị quyết số 68/NQ-CP⁸ của Chính phủ"
    assert (doc.number, doc.issuer, doc.issued_on) == ("68/NQ-CP", "Chính phủ", None)


def test_bare_number_with_issuer():
    docs = find_documents(
        "Triển khai tốt Nghị quyết 63 của Chính phủ; Nghị quyết 68 của Chính phủ."
    )
    assert [(d.doc_type, d.number, d.issuer) for d in docs] == [
        ("Nghị quyết", "63", "Chính phủ"),
        ("Nghị quyết", "68", "Chính phủ"),
    ]


def test_written_date_and_party_number():
    [doc] = find_documents("Kết luận số 125-KL/TU ngày 20 tháng 5 năm 2022 về kinh tế biển.")
    assert (doc.number, doc.issuer, doc.issued_on) == ("125-KL/TU", "Tỉnh ủy", "2022-05-20")


def test_later_mention_fills_date_and_named_issuer():
    text = (
        "Nghị quyết số 63/NQ-CP được quán triệt.\n\n"
        "⁷ Nghị quyết số 63/NQ-CP ngày 29/6/2021 của Chính phủ về các nhiệm vụ."
    )
    [doc] = find_documents(text)
    assert doc == Document(
        raw="Nghị quyết số 63/NQ-CP",
        doc_type="Nghị quyết",
        number="63/NQ-CP",
        issuer="Chính phủ",
        issued_on="2021-06-29",
        char_start=0,
        char_end=22,
    )


def test_not_documents():
    text = (
        "Ông Đặng Vũ Bằng trình bày Báo cáo tóm tắt kiểm điểm công tác chỉ đạo; kịp thời báo "
        "cáo, đề xuất; đạt và vượt kế hoạch năm; theo kế hoạch đề ra. Báo cáo 6 tháng đầu năm "
        "2021 và Kế hoạch 2023 đã xong. Kết luận 3 vấn đề. Luật Đất đai năm 2013."
    )
    assert find_documents(text) == []


def test_nfd_input_gives_nfc_output():
    text = unicodedata.normalize("NFD", "Quyết định số 1234/QĐ-UBND ngày 15/3/2022 của UBND tỉnh")
    [doc] = find_documents(text)
    assert doc.raw == "Quyết định số 1234/QĐ-UBND ngày 15/3/2022 của UBND tỉnh"
    assert (doc.doc_type, doc.number, doc.issuer) == ("Quyết định", "1234/QĐ-UBND", "UBND tỉnh")


def test_spaced_and_dotted_numbers_are_normalised():
    docs = find_documents("Kế hoạch số 21 /KH-UBND và Quyết định số 1.234/QĐ-UBND.")
    assert [d.number for d in docs] == ["21/KH-UBND", "1234/QĐ-UBND"]


def test_issuer_from_number():
    assert issuer_from_number("63/NQ-CP") == "Chính phủ"
    assert issuer_from_number("236/BC-UBND") == "UBND"
    assert issuer_from_number("09-CTr/TU") == "Tỉnh ủy"
    assert issuer_from_number("14-KL/TW") == "Trung ương"
    assert issuer_from_number("567/UBND-KT") == "UBND"
    assert issuer_from_number("45/2013/QH13") == "Quốc hội"
    assert issuer_from_number("16/CT-TTg") == "Thủ tướng Chính phủ"
    assert issuer_from_number("12/2015/TTLT-BTC-BYT") == "Bộ Tài chính, Bộ Y tế"
    assert issuer_from_number("02/HD-SYT") is None
    assert issuer_from_number("63") is None


def test_notice_header():
    header = (
        "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 412/TB-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiên Giang, ngày 09 tháng 7 năm 2021\n\n"
        "THÔNG BÁO\nNgày 07 tháng 7 năm 2021, Ủy ban nhân dân tỉnh tổ chức Hội nghị."
    )
    assert notice_header(header) == ("412/TB-UBND", "2021-07-09")


def test_notice_header_on_one_line_and_missing():
    line = "Số:412 /TB-VP      Rạch Giá, ngày 9/7/2021"
    assert notice_header(line) == ("412/TB-VP", "2021-07-09")
    assert notice_header("Ngày 07 tháng 7 năm 2021, Ủy ban nhân dân tỉnh họp.") == (None, None)
