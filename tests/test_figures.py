"""Tests for extract.figures and extract.indicators: figures found in report sentences."""

import dataclasses
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.figures import Figure, find_figures
from extract.indicators import INDICATOR_KEYS, first_cue, tone_tolerant

H1_2021 = ("2021-01-01", "2021-06-30")


def _by_raw(text, period=None):
    """Return the figures of text keyed by their raw span."""
    return {figure.raw: figure for figure in find_figures(text, period)}


def test_full_record_of_a_figure():
    text = "Thu ngân sách nhà nước trên địa bàn ước đạt 5.030 tỷ đồng, tăng 12,5% so với cùng kỳ."
    first, second = find_figures(text, H1_2021)
    assert first == Figure(
        raw="5.030 tỷ đồng",
        value=5030000000000.0,
        unit="VND",
        total=None,
        value_max=None,
        qualifier=None,
        is_estimate=True,
        is_target=False,
        change=None,
        compared_to=None,
        indicator="budget_revenue",
        indicator_text="Thu ngân sách nhà nước trên địa bàn",
        period_start="2021-01-01",
        period_end="2021-06-30",
        sentence=text,
        start=44,
        end=57,
    )
    assert (second.raw, second.value, second.unit) == ("12,5%", 12.5, "%")
    assert (second.change, second.compared_to) == ("increase", "same_period_last_year")
    assert second.indicator == "budget_revenue"
    assert second.is_estimate is True


def test_seed_sentence_with_scales_and_inherited_indicator():
    text = (
        "tăng trưởng kinh tế đạt 4,52%; sản lượng lúa đạt 2,16 triệu tấn, tăng 43,8 ngàn tấn; "
        "thu ngân sách đạt 51,1% so kế hoạch và đã có 11/24 chỉ tiêu đạt và vượt kế hoạch năm."
    )
    found = [(f.raw, f.value, f.unit, f.indicator) for f in find_figures(text)]
    assert found == [
        ("4,52%", 4.52, "%", "grdp_growth"),
        ("2,16 triệu tấn", 2160000.0, "tấn", "rice_output"),
        ("43,8 ngàn tấn", 43800.0, "tấn", "rice_output"),
        ("51,1%", 51.1, "%", "budget_revenue"),
        ("11/24 chỉ tiêu", 11.0, "chỉ tiêu", "targets_met"),
    ]
    figures = _by_raw(text)
    assert figures["43,8 ngàn tấn"].change == "increase"
    assert figures["51,1%"].compared_to == "plan"
    assert figures["11/24 chỉ tiêu"].total == 24.0


def test_value_and_percent_of_plan_are_two_figures():
    text = "Tổng giá trị sản xuất theo hiện hành đạt 2.919,8 tỷ đồng đạt 45% kế hoạch."
    value, share = find_figures(text)
    assert (value.value, value.unit, value.indicator) == (
        2919800000000.0,
        "VND",
        "production_value",
    )
    assert (share.value, share.unit, share.compared_to) == (45.0, "%", "plan")
    assert share.indicator == "production_value"
    assert value.indicator_text == "Tổng giá trị sản xuất theo hiện hành"


@pytest.mark.parametrize(
    ("text", "raw", "fields"),
    [
        ("Việc giải ngân vốn xây dựng cơ bản đạt còn thấp (19,7%).", "19,7%",
         {"value": 19.7, "indicator": "public_investment_disbursement"}),
        ("Toàn tỉnh có 62.502 người tiêm vắc xin.", "62.502 người",
         {"value": 62502.0, "unit": "người", "indicator": "vaccination"}),
        ("Kim ngạch xuất khẩu đạt 780 triệu USD.", "780 triệu USD",
         {"value": 780000000.0, "unit": "USD", "indicator": "exports"}),
        ("Đến nay có 45/45 xã đạt chuẩn nông thôn mới.", "45/45 xã",
         {"value": 45.0, "total": 45.0, "unit": "xã", "indicator": "new_rural_development"}),
        ("Năng suất tăng từ 5 đến 7 tạ/ha.", "từ 5 đến 7 tạ/ha",
         {"value": 5.0, "value_max": 7.0, "unit": "tạ/ha", "qualifier": None}),
        ("Doanh thu vận tải tăng gấp 2,5 lần.", "2,5 lần", {"value": 2.5, "unit": "lần"}),
        ("Đón hơn 8,5 triệu lượt khách.", "hơn 8,5 triệu lượt",
         {"value": 8500000.0, "qualifier": "hơn", "unit": "lượt"}),
        ("Có 04 chỉ tiêu đạt trên 50% kế hoạch.", "trên 50%",
         {"qualifier": "trên", "compared_to": "plan", "indicator": "targets_met"}),
        ("So với cùng kỳ giảm 2 người.", "2 người", {"change": "decrease"}),
        ("Đã có 230 hộ, vượt 30 hộ so với kế hoạch.", "30 hộ",
         {"change": "exceed", "compared_to": "plan"}),
        ("Thu nội địa đạt 3.456 tỷ đồng, bằng 95,5% so với dự toán.", "95,5%",
         {"compared_to": "budget_estimate", "indicator": "budget_revenue"}),
        ("Phấn đấu giải ngân vốn đầu tư công đạt 100%.", "100%",
         {"is_target": True, "indicator": "public_investment_disbursement"}),
        ("Chỉ tiêu thu ngân sách năm 2023 là 12.000 tỷ đồng.", "12.000 tỷ đồng",
         {"is_target": True, "indicator": "budget_revenue", "period_start": "2023-01-01"}),
        ("Thu nhập bình quân đạt 65 triệu đồng/người/năm.", "65 triệu đồng/người/năm",
         {"value": 65000000.0, "unit": "VND/người/năm", "indicator": "income"}),
        ("Sản lượng điện đạt 2.350 triệu kWh.", "2.350 triệu kWh",
         {"value": 2350000000.0, "unit": "kWh"}),
        ("Xuất khẩu đạt 1,234.5 triệu USD.", "1,234.5 triệu USD", {"value": 1234500000.0}),
        ("Tổng số 1.234 hộ được hỗ trợ nhà ở.", "1.234 hộ", {"indicator": "housing"}),
        ("Vắng 02 Thành viên¹.", "02 Thành viên", {"value": 2.0, "unit": "thành viên"}),
        ("Giá trị sản xuất nông, lâm nghiệp và thủy sản đạt 12.540 tỷ đồng.", "12.540 tỷ đồng",
         {"indicator": "production_value"}),
    ],
)  # fmt: skip
def test_forms(text, raw, fields):
    figure = _by_raw(text)[raw]
    assert {name: getattr(figure, name) for name in fields} == fields


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Tăng trưởng 6 tháng đầu năm 2021 đạt 5%.", "2021-01-01", "2021-06-30"),
        ("Trong 6 tháng cuối năm 2021 đạt 5%.", "2021-07-01", "2021-12-31"),
        ("Năm 2023 đạt 5%.", "2023-01-01", "2023-12-31"),
        ("Trong tháng 7/2023 đạt 5%.", "2023-07-01", "2023-07-31"),
        ("Quý I/2022 đạt 5%.", "2022-01-01", "2022-03-31"),
        ("Quý IV năm 2020 đạt 5%.", "2020-10-01", "2020-12-31"),
        ("Trong 9 tháng năm 2022 đạt 5%.", "2022-01-01", "2022-09-30"),
        ("Sáu tháng đầu năm đạt 5%.", "2021-01-01", "2021-06-30"),
        ("Tháng 2/2024 đạt 5%.", "2024-02-01", "2024-02-29"),
        ("Đạt 5% trong quý II/2023.", "2023-04-01", "2023-06-30"),
        ("Ngày 7/7/2021 đạt 5%.", "2021-01-01", "2021-06-30"),
    ],
)
def test_periods(text, start, end):
    (figure,) = find_figures(text, H1_2021)
    assert (figure.period_start, figure.period_end) == (start, end)


def test_no_period_without_argument_or_phrase():
    (figure,) = find_figures("Thu ngân sách đạt 54 tỷ đồng.")
    assert (figure.period_start, figure.period_end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Vào sáng ngày 7/7/2021, UBND tỉnh tổ chức hội nghị.",
        "Tổ chức thăm viếng nhân ngày 27/7 và chuẩn bị tốt nội dung.",
        "Triển khai nhiệm vụ trọng tâm tháng 8/2023.",
        "Kế hoạch năm 2021 đã được thông qua.",
        "Thực hiện Nghị quyết 63 và Nghị quyết số 68/NQ-CP của Chính phủ.",
        "Báo cáo số 236/BC-UBND ngày 07/7/2021 của UBND tỉnh.",
        "Chương trình hành động số 09-CTr/TU của Tỉnh ủy.",
        "(1) Tập trung phòng dịch; (2) đẩy mạnh sản xuất.",
        "1. Tập trung kiểm soát dịch bệnh.",
        "Kỳ họp thứ 12, HĐND huyện khóa XIX.",
        "Cần thực hiện tốt 5K và tiêm vaccine.",
        "Đại dịch Covid-19 và Covid 19 và Covid - 19 còn phức tạp.",
        "(16:09 | 08/07/2021)",
        "Liên hệ số 0912345678 hoặc 0297.3862.012.",
        "Kỷ niệm 74 năm ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2021).",
        "Kế hoạch sử dụng đất 5 năm (2021-2025) của tỉnh.",
        "Trong 6 tháng đầu năm, tình hình ổn định.",
        "Chỉ số PAR Index xếp thứ 12/63 tỉnh.",
        "Báo cáo⁴ đã nêu rõ.",
        "Lưu: VT, pxquyet (1b)",
        "Sáng 31.8, kiểm tra tuyến QL1A và vùng phủ sóng 5G.",
    ],
)
def test_not_figures(text):
    assert find_figures(text) == []


def test_offsets_and_sentence_on_nfd_input():
    text = unicodedata.normalize("NFD", "Mở đầu. Sản lượng lúa đạt 2,16 triệu tấn.")
    (figure,) = find_figures(text)
    nfc = unicodedata.normalize("NFC", text)
    assert nfc[figure.start : figure.end] == figure.raw == "2,16 triệu tấn"
    assert figure.sentence == "Sản lượng lúa đạt 2,16 triệu tấn."
    assert all(
        unicodedata.is_normalized("NFC", value)
        for value in dataclasses.asdict(figure).values()
        if isinstance(value, str)
    )


def test_indicators_are_keys_of_the_taxonomy():
    text = "Tai nạn giao thông xảy ra 25 vụ, làm chết 20 người; cơ cấu kinh tế: dịch vụ 44,5%."
    keys = [figure.indicator for figure in find_figures(text)]
    assert keys == ["traffic_accidents", "traffic_accidents", "economic_structure"]
    assert set(keys) <= INDICATOR_KEYS


def test_cues_accept_both_tone_placements():
    assert tone_tolerant("thủy sản") == "th(?:ủy|uỷ) sản"
    assert first_cue("nuôi trồng thuỷ sản tăng").key == "aquaculture"
    assert first_cue("nuôi trồng thủy sản tăng").key == "aquaculture"
    assert first_cue("không có gì") is None


@given(st.text(alphabet=st.sampled_from(list("0123456789.,/-%: ()tỷđồngnghìntriệuhộxã\n"))))
def test_find_figures_never_raises_and_spans_match(text):
    nfc = unicodedata.normalize("NFC", text)
    for figure in find_figures(text):
        assert nfc[figure.start : figure.end] == figure.raw


def test_livestock_cue_is_not_the_word_for_man():
    (figure,) = find_figures("Người đàn ông sụt 2-3 kg.")
    assert (figure.value, figure.value_max, figure.unit) == (2.0, 3.0, "kg")
    assert figure.indicator == "other"
