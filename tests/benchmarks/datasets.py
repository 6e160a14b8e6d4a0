"""Data sets of DESIGN §7 for the benchmarks: "province" and "nation", generated with a fixed seed.

- ``province``: 35,000 cases, 60,000 citizen visits (citizens taking part in reception days and
  dialogue conferences), 5,000 conferences over 10 years (2016–2025), the scale of the seed.
- ``nation``: 1,000,000 cases (34 provinces).

Proportions follow the seed article and national reports: about 60 % recommendations and
feedback, 30 % complaints, 8–10 % denunciations; land, compensation and resettlement lead the
fields; most old matters are resolved, recent ones open. Units have history: pre-2025 districts
and communes end on 30 June 2025 and point to the merged commune that succeeded them; cases keep
the unit of their time. Names are Vietnamese with diacritics, ID numbers 12 digits.

Rows go in bulk past the ORM (DB-API ``executemany`` on SQLite, ``COPY`` on PostgreSQL) into a
schema made by the app's own migrations, then the app's search index (``search_index``) is filled
the same way (SQLite: the full-text table; PostgreSQL: the word table and the full-text table).
SQLite files are cached under ``$DIALOGUE_BENCH_CACHE`` (default: the system temp folder) keyed
by size and seed, so a rerun reuses them (migrated to the newest schema).

    from datasets import sqlite_dataset, populate, PROVINCE
    path = sqlite_dataset(PROVINCE)          # cached file
    populate(postgres_url, PROVINCE)         # into an empty PostgreSQL database
"""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dialogue_app.domain.text import fold  # noqa: E402
from dialogue_app.services.cases import citizen_terms, search_index  # noqa: E402

SEED = 2016
GENERATOR_VERSION = 1  # bump when the generated rows change, so caches are rebuilt
FIRST_DAY = date(2016, 1, 1)
LAST_DAY = date(2025, 12, 31)
MERGER_DAY = date(2025, 7, 1)  # two-tier local government: districts abolished, communes merged
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Size:
    name: str
    cases: int
    visits: int
    conferences: int
    provinces: int = 1

    @property
    def label(self) -> str:
        return f"{self.name} ({self.cases:,} cases)"


PROVINCE = Size("province", 35_000, 60_000, 5_000)
NATION = Size("nation", 1_000_000, 60_000, 5_000, provinces=34)
# --quick: the same shapes, smaller
PROVINCE_QUICK = replace(
    PROVINCE, name="province-quick", cases=10_000, visits=17_000, conferences=1_500
)
NATION_QUICK = replace(NATION, name="nation-quick", cases=100_000)
SIZES = {s.name: s for s in (PROVINCE, NATION, PROVINCE_QUICK, NATION_QUICK)}

# --- vocabulary --------------------------------------------------------------------------------
# (split strings read better than hundreds of quoted words)
FAMILY = (  # noqa: SIM905  weights roughly follow the frequency of Vietnamese family names
    "Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Trần Lê Lê Lê Phạm Phạm Hoàng "
    "Huỳnh Phan Phan Vũ Võ Võ Đặng Bùi Đỗ Hồ Hồ Ngô Dương Lý Đinh Đào Trương Mai Thái Cao Lưu"
).split()
MIDDLE = "Văn Văn Văn Thị Thị Thị Hữu Đức Minh Ngọc Thanh Quang Xuân Đình Công Kim Khắc".split()  # noqa: SIM905
GIVEN = (  # noqa: SIM905
    "An Anh Bình Cường Chiến Dũng Đức Giang Hà Hải Hạnh Hiền Hoa Hùng Hương Huệ Khánh Lan Linh "
    "Long Lộc Mai Minh Nam Nga Ngọc Nhung Phong Phúc Phương Quân Quang Sơn Tâm Thảo Thắng Thủy "
    "Trang Trung Tuấn Tùng Vân Việt Vinh Xuân Yến"
).split()
WORDS = (  # noqa: SIM905
    "tranh chấp đất đai ranh giới thửa bồi thường giải phóng mặt bằng tái định cư cấp giấy "
    "chứng nhận quyền sử dụng chính sách xã hội hộ nghèo trợ cấp môi trường ô nhiễm nước thải "
    "đường giao thông thu hồi khiếu nại quyết định hành chính cán bộ xã tố cáo sai phạm thủ tục"
).split()
FIELDS = (  # (name, weight %)
    ("Đất đai", 38),
    ("Bồi thường, giải phóng mặt bằng", 14),
    ("Tái định cư", 6),
    ("Chính sách xã hội", 12),
    ("Môi trường", 8),
    ("Xây dựng, quy hoạch", 6),
    ("Tư pháp", 5),
    ("Cán bộ, công chức", 6),
    ("Khác", 5),
)
SUMMARIES = {
    "Đất đai": (
        "Đề nghị giải quyết tranh chấp đất đai với hộ liền kề tại thôn {n}",
        "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất thửa số {n}",
        "Khiếu nại quyết định thu hồi đất của UBND {u}",
    ),
    "Bồi thường, giải phóng mặt bằng": (
        "Khiếu nại về mức bồi thường giải phóng mặt bằng dự án đường tỉnh {n}",
        "Đề nghị xem xét lại phương án bồi thường, hỗ trợ khi Nhà nước thu hồi đất",
    ),
    "Tái định cư": ("Đề nghị bố trí đất tái định cư cho hộ gia đình tại {u}",),
    "Chính sách xã hội": (
        "Kiến nghị xét hộ nghèo và trợ cấp xã hội năm {y}",
        "Đề nghị giải quyết chế độ chính sách người có công",
    ),
    "Môi trường": ("Phản ánh ô nhiễm môi trường do nước thải của cơ sở chăn nuôi thôn {n}",),
    "Xây dựng, quy hoạch": ("Phản ánh xây dựng trái phép trên đất nông nghiệp tại {u}",),
    "Tư pháp": ("Đề nghị xem xét việc thi hành án dân sự số {n}/{y}",),
    "Cán bộ, công chức": ("Tố cáo cán bộ địa chính xã có sai phạm trong thủ tục hành chính",),
    "Khác": ("Kiến nghị sửa chữa đường giao thông nông thôn thôn {n}",),
}
TYPES = (("recommendation", 40), ("feedback", 22), ("complaint", 30), ("denunciation", 8))
NUMBER_PREFIX = {"complaint": "KN", "denunciation": "TC", "recommendation": "KNg", "feedback": "PA"}
CLOSED = (
    ("resolved", 70),
    ("transferred", 10),
    ("guided", 12),
    ("withdrawn", 3),
    ("refused", 2),
    ("in_progress", 3),
)
IMPORT_STATUSES = (
    ("received", 5),
    ("accepted", 5),
    ("in_progress", 10),
    ("resolved", 60),
    ("transferred", 8),
    ("guided", 10),
    ("withdrawn", 2),
)
OPEN = (("received", 30), ("accepted", 30), ("in_progress", 30), ("resolved", 10))
CHANNELS = (("reception", 45), ("mail", 35), ("conference", 10), ("transferred", 10))
# Hà Tĩnh before 1 July 2025: 13 districts, towns and cities
HA_TINH_DISTRICTS = (
    "Thành phố Hà Tĩnh",
    "Thị xã Hồng Lĩnh",
    "Thị xã Kỳ Anh",
    "Huyện Cẩm Xuyên",
    "Huyện Thạch Hà",
    "Huyện Kỳ Anh",
    "Huyện Hương Khê",
    "Huyện Hương Sơn",
    "Huyện Đức Thọ",
    "Huyện Can Lộc",
    "Huyện Nghi Xuân",
    "Huyện Lộc Hà",
    "Huyện Vũ Quang",
)
COMMUNE_WORDS = (  # noqa: SIM905
    "Cẩm Lộc Thạch Xuân Việt Tiến Đài Hưng Kỳ Phong Sơn Đức Nghi Thành Yên Hòa Bình Trung "
    "Mỹ Phú Long Tân Vĩnh Quang Thịnh Hà Linh Khê Châu Lạc Thủy"
).split()
PROVINCES = (  # the 34 provinces and cities since 2025
    "Hà Tĩnh",
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Thành phố Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
)
AGENCY_NAMES = (
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Sở Tư pháp",
    "Thanh tra tỉnh",
    "Sở Nội vụ",
    "Ban Tiếp công dân tỉnh",
    "Công an tỉnh",
    "Sở Y tế",
)


def _weighted(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def cache_dir() -> Path:
    folder = Path(
        os.environ.get("DIALOGUE_BENCH_CACHE")
        or Path(tempfile.gettempdir()) / "dialogue-bench-cache"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- rows --------------------------------------------------------------------------------------


@dataclass
class Tables:
    """Rows per table (tuples in ``COLUMNS`` order), written in bulk by a writer."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.rows.setdefault(table, []).append(row)
        if table == "citizens":  # the citizen pickers' words, as the app writes them
            terms = self.rows.setdefault("citizen_search_terms", [])
            terms.extend((term, name, row[0]) for term, name in citizen_terms(row[1], row[2]))


COLUMNS = {
    "admin_levels": ("id", "code", "name", "rank"),
    "admin_units": (
        "id",
        "code",
        "name",
        "level_id",
        "parent_id",
        "valid_from",
        "valid_to",
        "successor_id",
        "search_key",
    ),
    "agencies": ("id", "name", "short_name", "unit_id", "email", "active", "search_key"),
    "officials": ("id", "full_name", "position", "unit_id", "email", "active", "search_key"),
    "venues": ("id", "name", "address", "capacity", "unit_id", "active"),
    "case_fields": ("id", "name", "search_key"),
    "citizens": ("id", "full_name", "national_id", "address", "unit_id", "search_key"),
    "citizen_search_terms": ("term", "name", "citizen_id"),
    "conferences": (
        "id",
        "uid",
        "sequence",
        "kind",
        "status",
        "title",
        "topic",
        "unit_id",
        "venue_id",
        "starts_at",
        "ends_at",
        "attendee_count",
        "version",
        "created_at",
        "updated_at",
    ),
    "conference_participants": (
        "id",
        "conference_id",
        "role",
        "official_id",
        "agency_id",
        "citizen_id",
        "name",
        "email",
    ),
    "cases": (
        "id",
        "number",
        "received_on",
        "channel",
        "conference_id",
        "case_type",
        "field_id",
        "summary",
        "commune_id",
        "within_competence",
        "round",
        "remote_area",
        "complexity",
        "group_size",
        "agency_id",
        "status",
        "accepted_on",
        "resolved_on",
        "deadline",
        "search_key",
        "version",
        "created_at",
        "updated_at",
    ),
    "case_citizens": ("id", "case_id", "citizen_id", "is_representative"),
    "case_events": ("id", "case_id", "at", "kind", "to_status", "note"),
    "case_search_terms": ("term", "case_id", "confidential"),
}


@dataclass
class Places:
    """Units of one data set: for each day, the communes that existed then."""

    old_communes: list[int]  # valid until 30 June 2025
    new_communes: list[int]  # from 1 July 2025
    names: dict[int, str]
    province_of: dict[int, int]

    def commune_on(self, rng: random.Random, day: date) -> int:
        return rng.choice(self.old_communes if day < MERGER_DAY else self.new_communes)


def _units(tables: Tables, size: Size, rng: random.Random) -> Places:
    tables.add("admin_levels", (1, "province", "Tỉnh, thành phố", 1))
    tables.add("admin_levels", (2, "district", "Huyện, thị xã, thành phố thuộc tỉnh", 2))
    tables.add("admin_levels", (3, "commune", "Xã, phường, thị trấn", 3))
    unit_id = 0
    old, new, names, province_of = [], [], {}, {}
    end_old = MERGER_DAY - timedelta(days=1)

    def unit(
        name: str,
        level: int,
        parent: int | None,
        valid_from: date | None,
        valid_to: date | None,
        successor: int | None = None,
    ) -> int:
        nonlocal unit_id
        unit_id += 1
        tables.add(
            "admin_units",
            (
                unit_id,
                f"U{unit_id:05d}",
                name,
                level,
                parent,
                valid_from,
                valid_to,
                successor,
                fold(name),
            ),
        )
        names[unit_id] = name
        return unit_id

    for p in range(size.provinces):
        province_name = PROVINCES[p]
        province = unit(f"Tỉnh {province_name}", 1, None, None, None)
        districts = (
            HA_TINH_DISTRICTS
            if p == 0
            else tuple(
                f"Huyện {rng.choice(COMMUNE_WORDS)} {rng.choice(COMMUNE_WORDS)}" for _ in range(10)
            )
        )
        # the new communes first (old ones point to them), 3 old communes → 1 new on average
        merged = [
            unit(
                f"Xã {rng.choice(COMMUNE_WORDS)} {rng.choice(COMMUNE_WORDS)} {p}-{n}",
                3,
                province,
                MERGER_DAY,
                None,
            )
            for n in range(len(districts) * 5)
        ]
        for district_name in districts:
            district = unit(
                f"{district_name} ({province_name})" if p else district_name,
                2,
                province,
                None,
                end_old,
                None,
            )
            for _ in range(15):
                name = f"Xã {rng.choice(COMMUNE_WORDS)} {rng.choice(COMMUNE_WORDS)}"
                successor = rng.choice(merged)
                commune = unit(name, 3, district, None, end_old, successor)
                old.append(commune)
                province_of[commune] = province
        new += merged
        for commune in merged:
            province_of[commune] = province
    return Places(old, new, names, province_of)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _national_id(rng: random.Random, serial: int) -> str:
    # 3-digit province code, 1 digit (century/sex; here the serial's millions, to stay unique),
    # 2 digits birth year, 6 digits serial
    code = rng.choice((42, 40, 38, 1, 79, 48))
    return (
        f"{code:03d}{serial // 1_000_000 % 10}{rng.randrange(40, 100):02d}{serial % 1_000_000:06d}"
    )


def _day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def generate(size: Size, seed: int = SEED) -> Iterator[Tables]:
    """The data set as batches of rows: first the reference data and conferences, then cases."""
    rng = random.Random(seed)
    tables = Tables()
    places = _units(tables, size, rng)
    fields = [name for name, _ in FIELDS]
    for field_id, name in enumerate(fields, start=1):
        tables.add("case_fields", (field_id, name, fold(name)))
    agencies = []
    for province in sorted(set(places.province_of.values())):
        for name in AGENCY_NAMES:
            agencies.append(len(agencies) + 1)
            full = f"{name} {places.names[province].removeprefix('Tỉnh ')}"
            tables.add("agencies", (agencies[-1], full, None, province, None, True, fold(full)))
    officials = []
    for n in range(60):
        name = _name(rng)
        officials.append(n + 1)
        tables.add(
            "officials",
            (
                n + 1,
                name,
                "Chủ tịch UBND xã" if n > 3 else "Bí thư Tỉnh ủy",
                None,
                f"lanhdao{n}@hatinh.gov.vn",
                True,
                fold(name),
            ),
        )
    for n in range(40):
        tables.add("venues", (n + 1, f"Hội trường {n + 1}", "Hà Tĩnh", 200, None, True))
    # conferences: reception days (most), dialogue conferences, ad hoc receptions
    conference_days: list[tuple[int, date]] = []
    participant_id = 0
    citizen_id = 0
    citizens: list[tuple[int, str, str, int]] = []  # id, name, national id, unit
    per_conference = max(1, size.visits // max(1, size.conferences))
    for n in range(size.conferences):
        conference_id = n + 1
        day = FIRST_DAY + timedelta(days=n * 3650 // max(1, size.conferences))
        kind = _weighted(rng, (("reception", 70), ("dialogue", 25), ("adhoc_reception", 5)))
        commune = places.commune_on(rng, day)
        starts = datetime(day.year, day.month, day.day, 0, 30, tzinfo=UTC)  # 07:30 local
        title = (
            f"Đối thoại trực tiếp với Nhân dân {places.names[commune]}"
            if kind == "dialogue"
            else f"Tiếp công dân định kỳ tại {places.names[commune]}"
        )
        held = day < date(2025, 12, 1)
        tables.add(
            "conferences",
            (
                conference_id,
                f"conf-{conference_id}@bench.invalid",
                0,
                kind,
                "held" if held else "scheduled",
                title,
                "Giải quyết kiến nghị của công dân",
                commune,
                rng.randrange(1, 41),
                starts,
                starts + timedelta(hours=4),
                per_conference if held else None,
                1,
                CREATED,
                CREATED,
            ),
        )
        participant_id += 1
        tables.add(
            "conference_participants",
            (participant_id, conference_id, "chair", rng.choice(officials), None, None, None, None),
        )
        conference_days.append((conference_id, day))
        for _ in range(per_conference):  # the citizen visits
            citizen_id += 1
            name = _name(rng)
            national = _national_id(rng, citizen_id)
            citizens.append((citizen_id, name, national, commune))
            tables.add(
                "citizens",
                (citizen_id, name, national, f"Thôn {rng.randrange(1, 20)}", commune, fold(name)),
            )
            participant_id += 1
            tables.add(
                "conference_participants",
                (
                    participant_id,
                    conference_id,
                    "invited_citizen",
                    None,
                    None,
                    citizen_id,
                    None,
                    None,
                ),
            )
    yield tables

    batch = 20_000
    link_id = 0
    event_id = 0
    case_day = sorted(_day(rng) for _ in range(size.cases))
    for first in range(0, size.cases, batch):
        tables = Tables()
        for index in range(first, min(first + batch, size.cases)):
            case_id = index + 1
            received = case_day[index]
            case_type = _weighted(rng, TYPES)
            field_name = rng.choices(fields, weights=[w for _, w in FIELDS])[0]
            field_id = fields.index(field_name) + 1
            commune = places.commune_on(rng, received)
            channel = _weighted(rng, CHANNELS)
            conference_id = None
            if channel in ("reception", "conference") and conference_days:
                conference_id = conference_days[
                    min(len(conference_days) - 1, index * len(conference_days) // size.cases)
                ][0]
            template = rng.choice(SUMMARIES[field_name])
            summary = template.format(
                n=rng.randrange(1, 30), u=places.names[commune], y=received.year
            )
            summary += " " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))
            number = f"{NUMBER_PREFIX[case_type]}-{received.year}/{case_id:07d}"
            age = (LAST_DAY - received).days
            status = _weighted(rng, CLOSED if age > 90 else OPEN)
            accepted = (
                received + timedelta(days=rng.randrange(1, 10))
                if status not in ("received", "transferred", "guided", "refused")
                else None
            )
            resolved = (
                received + timedelta(days=rng.randrange(10, 80))
                if status in ("resolved", "withdrawn", "transferred", "guided", "refused")
                else None
            )
            deadline = (accepted or received) + timedelta(days=30 if accepted else 10)
            group = 1 if rng.random() > 0.03 else rng.randrange(5, 30)  # crowd delegations
            # a citizen who came before comes again (repeat petitions), else a new one
            who = [rng.choice(citizens)] if citizens and rng.random() < 0.15 else []
            while len(who) < min(group, 3):
                citizen_id += 1
                name = _name(rng)
                national = _national_id(rng, citizen_id)
                citizens.append((citizen_id, name, national, commune))
                tables.add(
                    "citizens",
                    (
                        citizen_id,
                        name,
                        national,
                        f"Thôn {rng.randrange(1, 20)}",
                        commune,
                        fold(name),
                    ),
                )
                who.append(citizens[-1])
            confidential = case_type == "denunciation"
            indexed = [search_index.IndexedCitizen(c[1], c[2], confidential) for c in who]
            tables.add(
                "cases",
                (
                    case_id,
                    number,
                    received,
                    channel,
                    conference_id,
                    case_type,
                    field_id,
                    summary,
                    commune,
                    rng.random() < 0.8,
                    1 if rng.random() < 0.9 else 2,
                    rng.random() < 0.1,
                    0,
                    group,
                    rng.choice(agencies),
                    status,
                    accepted,
                    resolved,
                    deadline,
                    search_index.search_key(number, summary, indexed),
                    1,
                    CREATED,
                    CREATED,
                ),
            )
            seen = set()
            for position, citizen in enumerate(who):
                if citizen[0] in seen:
                    continue
                seen.add(citizen[0])
                link_id += 1
                tables.add("case_citizens", (link_id, case_id, citizen[0], position == 0))
            if size.cases <= 100_000:  # a timeline entry each (skipped at national scale)
                event_id += 1
                tables.add(
                    "case_events",
                    (event_id, case_id, CREATED, "status_change", status, "Tạo dữ liệu thử"),
                )
            for term, secret in search_index.case_terms(number, summary, indexed).items():
                tables.add("case_search_terms", (term, case_id, secret))
        yield tables


# --- writers -----------------------------------------------------------------------------------


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


class SqliteWriter:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=OFF")
        self.connection.execute("PRAGMA cache_size=-200000")
        # terms go in sorted at the end: much faster than into the index in random order
        self.connection.execute(
            "CREATE TEMP TABLE bench_terms (term TEXT, case_id INTEGER, confidential INTEGER)"
        )

    def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        columns = COLUMNS[table]
        target = "bench_terms" if table == "case_search_terms" else table
        marks = ",".join("?" * len(columns))
        self.connection.executemany(
            f"INSERT INTO {target} ({','.join(columns)}) VALUES ({marks})",
            ([_sqlite_value(v) for v in row] for row in rows),
        )

    def finish(self) -> None:
        # SQLite keeps a case's words in the full-text table alone (migration 0028)
        self.connection.execute(
            "INSERT INTO case_text (rowid, public, confidential) SELECT case_id, "
            "coalesce(group_concat(CASE WHEN confidential THEN NULL ELSE term END, ' '), ''), "
            "coalesce(group_concat(CASE WHEN confidential THEN term END, ' '), '') "
            "FROM (SELECT * FROM bench_terms ORDER BY case_id) GROUP BY case_id"
        )
        self.connection.execute("DROP TABLE bench_terms")
        self.connection.commit()
        self.connection.execute("ANALYZE")
        self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.connection.close()


class PostgresWriter:
    def __init__(self, url: str) -> None:
        import psycopg

        self.connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))

    def write(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        columns = COLUMNS[table]
        statement = f"COPY {table} ({','.join(columns)}) FROM STDIN"
        with self.connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    def finish(self) -> None:
        with self.connection.cursor() as cursor:
            for table, columns in COLUMNS.items():
                if "id" in columns:
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                    )
            fill_text_index(self.connection)
        self.connection.commit()
        self.connection.autocommit = True
        # as autovacuum would after a while: statistics, and the visibility map that lets
        # PostgreSQL answer from an index alone
        self.connection.execute("VACUUM ANALYZE")
        self.connection.close()


def fill_text_index(connection: Any) -> None:
    """PostgreSQL: fill the full-text table (a ``tsvector`` per case) from the word table, with
    its GIN index built once after the rows (much faster than row by row)."""
    for statement in (
        "DROP INDEX IF EXISTS case_text_words",
        "DELETE FROM case_text",
        "INSERT INTO case_text (case_id, words) SELECT case_id, "
        "string_agg(term || CASE WHEN confidential THEN ':1D' ELSE ':1A' END, ' ')::tsvector "
        "FROM case_search_terms GROUP BY case_id",
        "CREATE INDEX case_text_words ON case_text USING gin (words)",
    ):
        connection.execute(statement)


def populate(url: str, size: Size, seed: int = SEED, *, quiet: bool = False) -> None:
    """Create the schema (the app's migrations) and write the data set into an empty database."""
    from dialogue_app.services.database import open_database

    open_database(url).close()
    if url.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        writer: SqliteWriter | PostgresWriter = SqliteWriter(Path(make_url(url).database or ""))
    else:
        writer = PostgresWriter(url)
    begin = time.perf_counter()
    written = 0
    for tables in generate(size, seed):
        for table in COLUMNS:  # in dependency order
            if table in tables.rows:
                writer.write(table, tables.rows[table])
        written += len(tables.rows.get("cases", ()))
        if not quiet:
            print(f"  {size.name}: {written:,} cases", end="\r", file=sys.stderr, flush=True)
    writer.finish()
    if not quiet:
        print(
            f"  {size.name}: {written:,} cases in {time.perf_counter() - begin:.0f} s",
            file=sys.stderr,
        )


def sqlite_dataset(size: Size, seed: int = SEED) -> Path:
    """The data set as a SQLite file, generated once and cached (treat it as read-only)."""
    from dialogue_app.services.database import upgrade_database
    from dialogue_app.store.database import sqlite_url

    # keyed by size, seed and generator; a file made before a new migration is migrated in place
    path = cache_dir() / f"{size.name}-{size.cases}-s{seed}-g{GENERATOR_VERSION}.sqlite"
    if path.exists():
        migrated = upgrade_database(sqlite_url(path))
        if migrated.backup is not None:
            migrated.backup.unlink(missing_ok=True)
        return path
    partial = path.with_suffix(".partial")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    print(f"generating {size.label} into {path} …", file=sys.stderr)
    populate(sqlite_url(partial), size, seed)
    partial.rename(path)
    return path


# --- the import file ---------------------------------------------------------------------------


def import_rows(rows: int, seed: int = SEED) -> Iterable[list[str]]:
    """Rows of a case import file (DESIGN §6 columns) drawn from the same vocabulary."""
    rng = random.Random(seed)
    communes = ["Cẩm Lộc", "Thạch Xuân", "Thạch Hà", "Việt Tiến", "Thạch Đài", "Cẩm Xuyên"]
    agencies = ["UBND xã Cẩm Lộc", "Sở Nông nghiệp và Môi trường", "Thanh tra tỉnh Hà Tĩnh"]
    fields = [name for name, _ in FIELDS]
    for i in range(rows):
        received = _day(rng)
        status = _weighted(rng, IMPORT_STATUSES)
        field_name = rng.choices(fields, weights=[w for _, w in FIELDS])[0]
        summary = rng.choice(SUMMARIES[field_name]).format(n=i % 30, u="xã Cẩm Lộc", y=2024)
        yield [
            received.isoformat(),
            _name(rng),
            _national_id(rng, i),
            f"Thôn {i % 20 + 1}",
            rng.choice(communes),
            _weighted(rng, TYPES),
            field_name,
            summary,
            "yes" if rng.random() < 0.8 else "no",
            rng.choice(agencies),
            status,
            (received + timedelta(days=20)).isoformat() if status == "resolved" else "",
            "no",
            "1",
        ]


def write_import_file(path: Path, rows: int, seed: int = SEED) -> Path:
    from dialogue_app.services.cases import COLUMNS as IMPORT_COLUMNS

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(IMPORT_COLUMNS)
        writer.writerows(import_rows(rows, seed))
    return path


if __name__ == "__main__":
    for name in sys.argv[1:] or ["province"]:
        print(sqlite_dataset(SIZES[name]))
