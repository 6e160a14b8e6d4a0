"""The layouts of the statutory forms (REPORT_FORMS.md): column codes, headers, printed identities.

A form is data: its code, its title, a tree of header groups whose leaves are the numbered
columns ("MS"), and the identities printed in it (``1=4+13+22``), each a list of sums that must
be equal in every row. The headers are the forms' own Vietnamese wording: they are printed
documents, filed as the state prescribes, not the window's text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cached_property


class FormCode(StrEnum):
    TCD = "01/TCD"
    XLD = "01/XLD"
    KQGQ = "01/KQGQ"
    # The companion table for denunciations. REPORT_FORMS.md names no number for it and none of
    # our references prints one: "02/KQGQ" is the app's own code for the office's working
    # table, never printed as a form number (``FormLayout.statutory``).
    KQGQ_TC = "02/KQGQ"


@dataclass(frozen=True)
class Column:
    code: str
    title: str


@dataclass(frozen=True)
class Group:
    title: str
    children: tuple[Column | Group, ...]


Header = Column | Group


@dataclass(frozen=True)
class Identity:
    """Sums that must be equal: ``(("1",), ("4", "13", "22"))`` is ``1=4+13+22``."""

    sides: tuple[tuple[str, ...], ...]

    @property
    def text(self) -> str:
        return "=".join("+".join(side) for side in self.sides)

    def holds(self, values: Mapping[str, int | Decimal]) -> bool:
        get = values.__getitem__
        first = sum(map(get, self.sides[0]))
        return all(sum(map(get, side)) == first for side in self.sides[1:])


def identity(text: str) -> Identity:
    """``"6=8+9+10=14+18"`` as an ``Identity``."""
    return Identity(tuple(tuple(side.split("+")) for side in text.split("=")))


@dataclass(frozen=True)
class FormLayout:
    code: FormCode
    title: str
    headers: tuple[Header, ...]
    identities: tuple[Identity, ...]
    decimal_columns: frozenset[str] = frozenset()  # money and land: not whole numbers
    statutory: bool = True  # a form the state prescribes; False: the office's working table

    @property
    def number_line(self) -> str:
        """What the document prints top right: the form's number, or for a working table that
        it is one (so nobody files it as a prescribed form)."""
        if self.statutory:
            return f"Biểu số {self.code.value}"
        return "Bảng tổng hợp nội bộ (không phải biểu mẫu ban hành)"

    @cached_property
    def columns(self) -> tuple[str, ...]:
        """The column codes in order (worked out once: every form reads them several times)."""
        return tuple(c.code for c in leaves(self.headers))

    @property
    def column_titles(self) -> dict[str, str]:
        return {c.code: c.title for c in leaves(self.headers)}

    @property
    def column_groups(self) -> dict[str, tuple[str, ...]]:
        """Each column's header groups, outermost first (``("Tiếp thường xuyên", "Vụ việc")``
        for column 6 of 01/TCD): its title alone is often "Tổng" or "Số người"."""
        found: dict[str, tuple[str, ...]] = {}

        def walk(headers: tuple[Header, ...], path: tuple[str, ...]) -> None:
            for header in headers:
                if isinstance(header, Column):
                    found[header.code] = path
                else:
                    walk(header.children, (*path, header.title))

        walk(self.headers, ())
        return found


def leaves(headers: tuple[Header, ...]) -> Iterator[Column]:
    for header in headers:
        if isinstance(header, Column):
            yield header
        else:
            yield from leaves(header.children)


def depth(headers: tuple[Header, ...]) -> int:
    return max(1 if isinstance(h, Column) else 1 + depth(h.children) for h in headers)


def width(header: Header) -> int:
    return 1 if isinstance(header, Column) else sum(width(c) for c in header.children)


def _c(code: str, title: str) -> Column:
    return Column(code, title)


def _crowd(first: int) -> Group:
    codes = [str(first + i) for i in range(4)]
    return Group(
        "Đoàn đông người",
        (
            _c(codes[0], "Số đoàn"),
            _c(codes[1], "Số người"),
            Group("Vụ việc", (_c(codes[2], "Tiếp lần đầu"), _c(codes[3], "Tiếp nhiều lần"))),
        ),
    )


def _session_block(title: str, first: int) -> Group:
    c = [str(first + i) for i in range(5)]
    return Group(
        title,
        (
            _c(c[0], "Số kỳ tiếp"),
            _c(c[1], "Lượt tiếp"),
            _c(c[2], "Số người được tiếp"),
            Group("Vụ việc", (_c(c[3], "Tiếp lần đầu"), _c(c[4], "Tiếp nhiều lần"))),
            _crowd(first + 5),
        ),
    )


TCD = FormLayout(
    FormCode.TCD,
    "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT",
    (
        Group(
            "Tổng số",
            (_c("1", "Lượt tiếp"), _c("2", "Số người được tiếp"), _c("3", "Số vụ việc")),
        ),
        Group(
            "Tiếp thường xuyên",
            (
                _c("4", "Lượt tiếp"),
                _c("5", "Số người được tiếp"),
                Group("Vụ việc", (_c("6", "Tiếp lần đầu"), _c("7", "Tiếp nhiều lần"))),
                _crowd(8),
            ),
        ),
        Group(
            "Tiếp định kỳ và đột xuất của Thủ trưởng",
            (_session_block("Thủ trưởng tiếp", 12), _session_block("Ủy quyền tiếp", 21)),
        ),
    ),
    (identity("1=4+13+22"), identity("2=5+14+23"), identity("3=6+7+15+16+24+25")),
)

XLD = FormLayout(
    FormCode.XLD,
    "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
    (
        Group(
            "Tiếp nhận",
            (
                _c("1", "Tổng số đơn"),
                _c("2", "Đơn kỳ trước chuyển sang"),
                _c("3", "Đơn tiếp nhận trong kỳ"),
            ),
        ),
        Group(
            "Đã xử lý",
            (_c("4", "Đơn đã xử lý"), _c("5", "Đơn chưa xử lý (chuyển kỳ sau)")),
        ),
        Group(
            "Đơn đủ điều kiện xử lý",
            (
                _c("6", "Số đơn"),
                _c("7", "Số vụ việc"),
                Group(
                    "Phân loại theo nội dung",
                    (_c("8", "Khiếu nại"), _c("9", "Tố cáo"), _c("10", "Kiến nghị, phản ánh")),
                ),
                Group(
                    "Phân loại theo tình trạng giải quyết",
                    (
                        _c("11", "Đã được giải quyết lần đầu"),
                        _c("12", "Đã được giải quyết nhiều lần"),
                        _c("13", "Chưa được giải quyết"),
                    ),
                ),
                Group(
                    "Kết quả xử lý",
                    (
                        Group(
                            "Đơn thuộc thẩm quyền",
                            (
                                _c("14", "Tổng"),
                                _c("15", "Khiếu nại"),
                                _c("16", "Tố cáo"),
                                _c("17", "Kiến nghị, phản ánh"),
                            ),
                        ),
                        Group(
                            "Đơn không thuộc thẩm quyền",
                            (
                                _c("18", "Tổng"),
                                _c("19", "Hướng dẫn"),
                                _c("20", "Chuyển đơn"),
                                _c("21", "Đôn đốc giải quyết"),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        _c("22", "Số văn bản phúc đáp nhận được do chuyển đơn"),
    ),
    (
        identity("1=2+3=4+5"),
        identity("6=8+9+10=11+12+13=14+18"),
        identity("14=15+16+17"),
        identity("18=19+20+21"),
    ),
)


def _results() -> tuple[Header, ...]:
    return (
        _c("7", "Tiền kiến nghị thu hồi về NSNN (triệu đồng)"),
        _c("8", "Đất kiến nghị thu hồi về NSNN (m²)"),
        Group(
            "Trả lại cho tổ chức, cá nhân",
            (
                Group("Tổ chức", (_c("9", "Tiền (triệu đồng)"), _c("10", "Đất (m²)"))),
                Group("Cá nhân", (_c("11", "Tiền (triệu đồng)"), _c("12", "Đất (m²)"))),
            ),
        ),
        Group(
            "Số đối tượng được khôi phục quyền lợi",
            (_c("13", "Tổ chức"), _c("14", "Cá nhân")),
        ),
        Group(
            "Kiến nghị xử lý hành chính",
            (_c("15", "Tổng số người"), _c("16", "Trong đó cán bộ, công chức, viên chức")),
        ),
        Group(
            "Chuyển cơ quan điều tra",
            (_c("17", "Số vụ"), _c("18", "Số người"), _c("19", "Trong đó cán bộ, công chức")),
        ),
    )


_MONEY_LAND = frozenset({"7", "8", "9", "10", "11", "12"})

KQGQ = FormLayout(
    FormCode.KQGQ,
    "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN",
    (
        Group(
            "Đơn khiếu nại thuộc thẩm quyền",
            (_c("1", "Tổng số"), _c("2", "Kỳ trước chuyển sang"), _c("3", "Tiếp nhận trong kỳ")),
        ),
        _c("4", "Số vụ việc thuộc thẩm quyền"),
        Group(
            "Kết quả giải quyết",
            (
                _c("5", "Giải quyết bằng quyết định hành chính"),
                _c("6", "Rút đơn thông qua giải thích, thuyết phục"),
            ),
        ),
        *_results(),
        Group(
            "Giải quyết lần đầu",
            (_c("20", "Khiếu nại đúng"), _c("21", "Khiếu nại sai"), _c("22", "Đúng một phần")),
        ),
        Group(
            "Giải quyết lần hai",
            (_c("23", "Công nhận quyết định lần đầu"), _c("24", "Hủy, sửa quyết định lần đầu")),
        ),
        Group(
            "Thời hạn giải quyết",
            (_c("25", "Đúng quy định"), _c("26", "Quá thời hạn")),
        ),
    ),
    (identity("1=2+3"), identity("5=20+21+22+23+24")),
    _MONEY_LAND,
)

KQGQ_TC = FormLayout(
    FormCode.KQGQ_TC,
    "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN",
    (
        Group(
            "Đơn tố cáo thuộc thẩm quyền",
            (_c("1", "Tổng số"), _c("2", "Kỳ trước chuyển sang"), _c("3", "Tiếp nhận trong kỳ")),
        ),
        _c("4", "Số vụ việc thuộc thẩm quyền"),
        Group(
            "Kết quả giải quyết",
            (
                _c("5", "Đã giải quyết (kết luận nội dung tố cáo)"),
                _c("6", "Rút tố cáo"),
            ),
        ),
        *_results(),
        Group(
            "Kết luận nội dung tố cáo",
            (_c("20", "Tố cáo đúng"), _c("21", "Tố cáo sai"), _c("22", "Đúng một phần")),
        ),
        Group(
            "Thời hạn giải quyết",
            (_c("23", "Đúng quy định"), _c("24", "Quá thời hạn")),
        ),
    ),
    (identity("1=2+3"), identity("5=20+21+22")),
    _MONEY_LAND,
    statutory=False,
)

LAYOUTS: dict[FormCode, FormLayout] = {f.code: f for f in (TCD, XLD, KQGQ, KQGQ_TC)}

# The columns an opening balance carries (the figures carried over from before the app).
CARRIED_OVER = {FormCode.XLD: "2", FormCode.KQGQ: "2", FormCode.KQGQ_TC: "2"}


def broken_identities(layout: FormLayout, values: Mapping[str, int | Decimal]) -> list[Identity]:
    """The identities of ``layout`` that ``values`` (one row) break."""
    return [i for i in layout.identities if not i.holds(values)]
