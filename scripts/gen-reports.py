#!/usr/bin/env python3
"""Generate synthetic lawrpt projects shaped like the sample report, for scale benchmarks.

    scripts/gen-reports.py --out DIR --reports N [--seed S] [--sample reports/2024.yaml]

Writes DIR/p0001/reports/2015.yaml … 2024.yaml, DIR/p0002/…: one project folder per
issuing authority, ten report years per project (2015–2024; the last project gets fewer
when N is not a multiple of ten), so N=10000 makes 1000 projects. Prints one summary line
(projects, reports, bytes) on stdout.

Each report is valid under lawrpt's rules and builds with no warnings:
  * parts measures → shortcomings → leadership → plans (→ sometimes other), each headed with
    wording of its role; measures/shortcomings/leadership name year Y, plans name Y+1, and
    bodies only ever say `Y年度` (or `Y+1年度` under plans);
  * the preamble opens with `Y年` and says `现将Y年…`;
  * `issued` (when present) falls between 1 January and 31 March of Y+1;
  * no typed numbering, no ASCII `: ` or ` #` in plain scalars, every body a `|-` block.

Lengths vary from 1× to 3× the sample's number of sections (7 measures sections and 3 plans
sections), with the sample's three points per section. About one project in five is written
in Traditional characters from the sample's own sentences (with its years and district
renamed), the rest in Simplified from the phrase pool below; some sections carry a table,
items and sub-items, some reports a `title:` and an `other` part, so every branch of the
view and templates is exercised.

Generation is deterministic: project k depends only on --seed and k, so the first 100
projects of an N=10000 run are the same files as an N=1000 run's. Standard library only.
"""

import argparse
import datetime
import os
import random
import re
import sys

FIRST_YEAR = 2015
YEARS_PER_PROJECT = 10

# The sample's shape: 7 sections under measures, 3 under plans, 3 points a section.
SAMPLE_MEASURES_SECTIONS = 7
SAMPLE_PLANS_SECTIONS = 3
POINTS_PER_SECTION = 3

# --- Simplified phrase pool --------------------------------------------------------------

CITIES = [
    "西安", "宝鸡", "咸阳", "铜川", "渭南", "延安", "汉中", "榆林", "安康", "商洛",
    "太原", "大同", "郑州", "洛阳", "开封", "济南", "青岛", "烟台", "合肥", "芜湖",
    "南京", "苏州", "无锡", "杭州", "宁波", "温州", "福州", "厦门", "南昌", "赣州",
    "长沙", "株洲", "武汉", "宜昌", "成都", "绵阳", "贵阳", "遵义", "昆明", "兰州",
]
DISTRICT_A = [
    "高", "临", "长", "新", "东", "西", "南", "北", "安", "平", "永", "兴", "宁", "清", "华",
    "阳", "明", "德", "和", "泰", "丰", "康", "福", "金", "云", "山", "江", "河", "湖", "城",
    "龙", "凤", "桂", "松", "柏", "广", "开", "定", "嘉", "瑞",
]
DISTRICT_B = [
    "陵", "潼", "安", "城", "山", "水", "川", "源", "丰", "宁", "平", "阳", "河", "江", "湖",
    "台", "原", "口", "桥", "林", "州", "门", "堡", "岭", "泉", "沙", "坪", "岗", "湾", "塘",
    "溪", "峰", "谷", "洲", "滨", "庄", "营", "里", "乡", "坝",
]

MEASURES_HEADINGS = [
    "始终坚持党对法治政府建设的领导", "持续优化政府机构职责体系", "严格落实依法决策工作机制",
    "切实加大行政执法监督力度", "依法预防处置重大突发事件", "扎实做好矛盾纠纷预防化解",
    "全面强化行政权力制约监督", "深入推进法治化营商环境建设", "健全完善依法行政制度体系",
    "加快推进数字法治政府建设", "全面提升公共法律服务水平", "深入开展法治宣传教育",
    "持续深化“放管服”改革", "规范行政规范性文件管理", "加强行政复议和行政应诉工作",
    "推进基层综合行政执法改革", "着力加强法治工作队伍建设", "全面推进政务公开标准化规范化",
    "提升社会治理法治化水平", "加大知识产权保护力度",
]

LEADS = [
    "全面加强党的领导。", "压紧压实主体责任。", "完善推进工作机制。", "推进政府职能协同高效。",
    "全面提升政务服务水平。", "持续优化营商环境。", "强化依法决策意识。", "严格落实决策程序。",
    "健全决策咨询机制。", "加强执法监督制度建设。", "强化执法质量考评。", "开展执法专项整治。",
    "提升隐患整治能力。", "提高应急处置能力。", "夯实基层基础。", "加强行政调解工作。",
    "规范复议应诉工作。", "推进信访工作法治化。", "推动形成监督合力。", "加强政府督查工作。",
    "推进政务公开规范化。", "深化普法宣传。", "加强法治队伍建设。", "推进数字政府建设。",
    "完善公共法律服务体系。", "规范涉企执法行为。", "加强规范性文件备案审查。", "健全权责清单制度。",
]

# {Y}: the year reported on; {d}: the district's short name; {a} {b} {c}: counts; {p}: a rate.
MEASURES_SENTENCES = [
    "深入学习贯彻习近平法治思想，落实述法点评工作机制，每年召开法治工作点评会议。",
    "{Y}年区委常委会会议、区政府常务会议专题研究法治政府建设工作{a}次。",
    "制发《{d}{Y}年度法治政府建设工作要点》，明确任务分工和完成时限。",
    "在全区开展法治督察{a}次，切实解决法治政府建设中的突出问题。",
    "对区级部门权责事项清单进行动态调整，规范行政权力运行。",
    "向各街道办事处下放{b}项行政执法事项并开展专题培训，确保放得下、接得住、管得好。",
    "全面梳理许可事项及备案事项，{c}项行政许可事项全部纳入清单化管理。",
    "实现“15分钟政务服务圈”全覆盖，全程网办率达到{p}%以上。",
    "全面推进“高效办成一件事”改革，共服务企业群众{c}次。",
    "建立“审批+勘验+代办”集成服务保障机制，为{b}个重点项目解决问题{a}个。",
    "全年新增市场主体{c}户，相关经验做法在全省推广复制。",
    "{Y}年区政府常务会议学法{a}次，领导班子旁听庭审{a}次。",
    "开展“一把手”跟执法活动{b}次，切实提高领导干部法律素养和依法决策能力。",
    "编制重大行政决策事项{a}个，备案审查行政规范性文件{a}件。",
    "区政府法律顾问列席区政府常务会议{b}次，审核各类文件{c}余件。",
    "开展行政执法案卷评查{a}次，分析研判形成正反典型案例{b}个。",
    "开展行政执法证件清理专项行动，全年累计清理证件{b}个。",
    "区委、区政府先后召开安全生产工作专题会议{b}次，安排部署重点时期安全生产工作。",
    "强化预案管理和应急演练，建立健全跨部门、跨地区协作机制。",
    "在防灾减灾日、安全生产月等重要节点开展科普宣传“五进”活动。",
    "坚持和发展新时代“枫桥经验”，矛盾纠纷化解率达到{p}%。",
    "{Y}年共受理行政复议案件{c}件，办结{b}件，发出《责令履行通知书》{a}份。",
    "落实行政机关负责人出庭应诉制度，行政争议实质性化解成效显著。",
    "依法分类处理信访诉求，推动信访积案攻坚化解。",
    "办复人大代表建议{b}件、政协提案{b}件，答复率满意率均为100%。",
    "全年公开各类政务信息{c}条，依申请公开答复率达100%。",
    "深入推进“八五”普法，开展法治宣传活动{b}场次，覆盖群众{c}人次。",
    "建成村（社区）公共法律服务工作室{b}个，实现全覆盖。",
    "加强知识产权行政保护，查处侵权案件{a}起。",
    "组织行政执法人员培训{a}期，参训{c}人次。",
]

TABLE_ROWS = [
    "受理行政复议案件（件）", "办结行政复议案件（件）", "行政诉讼案件（件）",
    "公开政务信息（条）", "法治宣传活动（场）", "调解矛盾纠纷（件）",
]

ITEM_HEADINGS = [
    "规范复议案件办理", "推进繁简分流", "加强案件审理", "完善配套制度", "强化结果运用",
    "提升办案质效", "健全工作台账", "抓好问题整改",
]

SHORTCOMING_SENTENCES = [
    "基层行政执法人员专业能力仍有欠缺，培训覆盖面不够。",
    "公共法律服务供给与群众日益增长的用法需求还有差距。",
    "法治人才队伍建设成效与高质量发展要求还不匹配。",
    "基层街道综合行政执法体制尚未完全建立。",
    "部分单位对法治政府建设重视程度不够，工作推进不平衡。",
    "行政规范性文件合法性审核力量较为薄弱。",
    "数字法治政府建设基础仍然薄弱，数据共享不够充分。",
]

LEADERSHIP_SENTENCES = [
    "区政府主要负责同志带头尊法学法守法用法，主持区政府常务会议学法{a}次。",
    "带头出庭应诉{a}次，对法治政府建设重要工作亲自部署、重大问题亲自过问。",
    "专题听取法治政府建设工作汇报{a}次，研究解决重点难点问题{b}个。",
    "把法治政府建设纳入全区经济社会发展总体规划和年度工作计划，与经济社会发展同部署、同推进。",
    "将履行推进法治建设第一责任人职责情况列入年终述职内容。",
]

PLANS_HEADINGS = [
    "进一步加强党对法治政府建设的领导", "进一步提升依法行政能力水平", "进一步夯实法治政府基础建设",
    "进一步优化法治化营商环境", "进一步规范行政执法行为", "进一步强化行政权力监督",
    "进一步加强公共法律服务", "进一步深化法治宣传教育", "进一步推进数字法治政府建设",
]

PLANS_SENTENCES = [
    "持续强化“关键少数”法治理念教育，压紧压实党政主要负责人履行推进法治建设第一责任人职责。",
    "促进政府职能转变，不断提高政府效能，打造稳定公平透明、可预期的法治化营商环境。",
    "坚持科学民主依法决策，不断提升行政决策公信力和执行力。",
    "开展规范涉企执法专项行动，促进严格规范公正文明执法。",
    "加强覆盖城乡、便捷高效、普惠均等的公共法律服务体系建设。",
    "做好“八五”普法终期验收工作，营造办事依法、遇事找法的浓厚氛围。",
    "研究制定《{d}{N}年度法治政府建设工作要点》，细化任务清单。",
    "健全行政复议应诉工作机制，推动行政争议实质性化解。",
    "加快推进政务数据共享，提升“一网通办”水平。",
]

OTHER_BODIES = [
    "{Y}年，{d}在法治政府建设示范创建活动中获评市级示范项目{a}个。",
    "本年度未发生因违法行政被追究责任的重大事件。",
]

INDICATORS = [
    ("review.accepted", "受理行政复议案件", "件"),
    ("review.closed", "办结行政复议案件", "件"),
    ("litigation.cases", "行政诉讼案件", "件"),
    ("disclosure.items", "公开各类政务信息", "条"),
    ("mediation.rate", "矛盾纠纷化解率", "%"),
    ("training.people", "行政执法人员培训", "人次"),
]

# --- the sample as a Traditional pool ----------------------------------------------------


def sample_pool(path):
    """The sample's Traditional text, read line by line (the layout of reports/2024.yaml)."""
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    pool = {"authority": None, "preamble": None, "measures": [], "shortcomings": [],
            "plans": [], "headings": {}}
    role = None
    section = None
    pending_lead = None
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("authority:"):
            pool["authority"] = stripped.split(":", 1)[1].strip()
        elif stripped.startswith("- role:"):
            role = stripped.split(":", 1)[1].strip()
            section = None
        elif stripped.startswith("heading:") and role and line.startswith("    heading:"):
            pool["headings"][role] = stripped.split(":", 1)[1].strip()
        elif stripped.startswith("- heading:") and role:
            section = {"heading": stripped.split(":", 1)[1].strip(), "points": [], "body": None}
            pool[role].append(section)
        elif stripped.startswith("- lead:"):
            pending_lead = stripped.split(":", 1)[1].strip()
        elif stripped.endswith("|-") and (stripped.startswith("body:") or stripped.startswith("preamble:")):
            block = []
            indent = len(line) - len(line.lstrip()) + 2
            i += 1
            while i < len(lines) and (lines[i].strip() == "" or len(lines[i]) - len(lines[i].lstrip()) >= indent):
                block.append(lines[i][indent:])
                i += 1
            text = "\n".join(block).strip("\n")
            if stripped.startswith("preamble:"):
                pool["preamble"] = text
            elif pending_lead is not None and section is not None:
                section["points"].append((pending_lead, text))
                pending_lead = None
            elif section is not None:
                section["body"] = text
            elif role == "shortcomings":
                pool["shortcomings"].append({"heading": None, "points": [], "body": text})
            continue
        i += 1
    ok = (pool["preamble"] and pool["measures"] and pool["plans"] and pool["shortcomings"]
          and all(s["points"] for s in pool["measures"]) and all(s["body"] for s in pool["plans"]))
    return pool if ok else None


YEAR_RE = re.compile(r"(?<!\d)(20[12]\d)(?!\d)")


def shift_years(text, year, sample_year=2024):
    """The sample's years moved to `year`, keeping their distance from the sample's year."""
    return YEAR_RE.sub(lambda m: str(year + int(m.group(1)) - sample_year), text)


# --- YAML emission -----------------------------------------------------------------------

PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")


def scalar(text):
    """A one-line value: plain when YAML reads it back verbatim, else double-quoted."""
    if (not text or text[0] in PLAIN_BAD_START or text[0].isspace() or text[-1].isspace()
            or ": " in text or " #" in text or text.endswith(":") or text.isdigit()):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def block(key, text, indent):
    pad = " " * indent
    inner = " " * (indent + 2)
    lines = [f"{pad}{key}: |-"]
    for line in text.split("\n"):
        lines.append(inner + line if line else "")
    return lines


def emit_points(points, indent):
    pad = " " * indent
    out = [f"{pad}points:"]
    for lead, body in points:
        if lead is None:
            out.append(f"{pad}  - {scalar(body)}")
            continue
        out.append(f"{pad}  - lead: {scalar(lead)}")
        if body:
            out.extend(block("body", body, indent + 4))
    return out


CHILD_KEY = {0: "sections", 1: "items", 2: "subitems"}


def emit_division(div, indent, depth, first_key=None):
    """A division as a list entry at `indent` (`- heading: …`), children one level in."""
    pad = " " * indent
    out = []
    if first_key:
        out.append(f"{pad}- {first_key}")
        out.append(f"{pad}  heading: {scalar(div['heading'])}")
    else:
        out.append(f"{pad}- heading: {scalar(div['heading'])}")
    if div.get("body"):
        out.extend(block("body", div["body"], indent + 2))
    if div.get("points"):
        out.extend(emit_points(div["points"], indent + 2))
    children = div.get("children") or []
    if children:
        out.append(f"{pad}  {CHILD_KEY[depth]}:")
        for child in children:
            out.extend(emit_division(child, indent + 4, depth + 1))
    return out


# --- one report --------------------------------------------------------------------------


FIGURES = {
    "a": lambda rng: str(rng.randint(2, 30)),
    "b": lambda rng: str(rng.randint(10, 300)),
    "c": lambda rng: str(rng.randint(100, 20000)),
    "p": lambda rng: rng.choice(["85", "90", "95", "96.5", "98.6", "99"]),
}
PLACEHOLDER = re.compile(r"\{([YNdabcp])\}")

# A sentence is a template of the pools above and the figures drawn for its {a} {b} {c} {p},
# in order: [template, [figure, …]]. Its years and district are filled in only when the
# report is written, so a sentence carried from one year into the next names the new year.


def sentence(rng, template):
    return [template, [FIGURES[m.group(1)](rng) for m in PLACEHOLDER.finditer(template)
                       if m.group(1) in FIGURES]]


def refigure(rng, s):
    """The same sentence with new figures: what a report says again a year later."""
    return sentence(rng, s[0])


def say(s, year, short):
    """A sentence as written in the report on `year`."""
    template, figures = s
    fixed = {"Y": str(year), "N": str(year + 1), "d": short}
    drawn = iter(figures)
    return PLACEHOLDER.sub(lambda m: fixed.get(m.group(1)) or next(drawn), template)


def say_all(text, year, short):
    """A body: a list of sentences run together, or text as it is."""
    if isinstance(text, str):
        return text
    return "".join(say(s, year, short) for s in text)


def sentences(rng, pool, k):
    return [sentence(rng, t) for t in rng.sample(pool, k)]


def table(rng, rows=None):
    """A table of figures: the rows' last year and this year. `rows` (name, this year) of the
    year before carry its figures into the 上年 column."""
    if rows is None:
        rows = [(row, rng.randint(10, 900)) for row in rng.sample(TABLE_ROWS, rng.randint(2, 4))]
    return [(row, last, rng.randint(10, 900)) for row, last in rows]


def table_text(rows):
    lines = ["| 指标 | 上年 | 本年 |", "|---|---:|---:|"]
    for row, last, this in rows:
        lines.append(f"| {row} | {last} | {this} |")
    return "\n".join(lines)


def simplified_report(rng, factor):
    """A report's content, its sentences not yet given a year (`say`)."""
    n_measures = max(1, round(SAMPLE_MEASURES_SECTIONS * factor))
    n_plans = max(1, round(SAMPLE_PLANS_SECTIONS * factor))
    measures = [measures_section(rng) for _ in range(n_measures)]
    shortcomings = {
        "body": "总体来看，全区法治政府建设取得一定成效，但仍存在一些不足：",
        "points": [(None, s) for s in rng.sample(SHORTCOMING_SENTENCES, rng.randint(2, 4))],
    }
    return {
        "headings": {
            "measures": rng.randrange(3), "shortcomings": rng.randrange(2), "plans": rng.randrange(3),
        },
        "measures": measures, "shortcomings": shortcomings,
        "leadership": sentences(rng, LEADERSHIP_SENTENCES, rng.randint(2, 4)),
        "plans": [plans_section(rng) for _ in range(n_plans)],
        "other": [sentence(rng, rng.choice(OTHER_BODIES))],
    }


def measures_section(rng):
    section = {"heading": rng.choice(MEASURES_HEADINGS), "points": []}
    for lead in rng.sample(LEADS, POINTS_PER_SECTION):
        section["points"].append([lead, sentences(rng, MEASURES_SENTENCES, rng.randint(2, 4))])
    roll = rng.random()
    if roll < 0.10:
        section["table"] = table(rng)
    elif roll < 0.22:
        items = []
        for heading in rng.sample(ITEM_HEADINGS, rng.randint(1, 3)):
            item = {"heading": heading, "body": sentences(rng, MEASURES_SENTENCES, 2)}
            if rng.random() < 0.5:
                item["children"] = [{"heading": rng.choice(ITEM_HEADINGS),
                                     "body": sentences(rng, MEASURES_SENTENCES, 1)}]
            items.append(item)
        section["children"] = items
    return section


def plans_section(rng):
    return {"heading": rng.choice(PLANS_HEADINGS), "body": sentences(rng, PLANS_SENTENCES, rng.randint(2, 3))}


# --- a year later ------------------------------------------------------------------------

# How a report changes from one year to the next, as real ones do: the structure mostly kept,
# a third of the sentences reworded, the figures of the others mostly new.
REWORD = 1 / 3
REFIGURE = 0.6
NEW_SECTION = 0.15
DROP_SECTION = 0.10
NEW_HEADING = 0.10


def evolve_body(rng, body, pool):
    """A body a year later: each sentence reworded (another of the pool) one time in three,
    else most of them with new figures."""
    out = []
    for s in body:
        roll = rng.random()
        if roll < REWORD:
            said = {t for t, _ in body} | {t for t, _ in out}
            out.append(sentence(rng, rng.choice([t for t in pool if t not in said] or pool)))
        elif roll < REWORD + (1 - REWORD) * REFIGURE:
            out.append(refigure(rng, s))
        else:
            out.append(s)
    return out


def evolve_sections(rng, sections, make, evolve):
    """Sections a year later: each evolved, one now and then dropped, one now and then new."""
    kept = [evolve(s) for s in sections if len(sections) == 1 or rng.random() >= DROP_SECTION]
    if rng.random() < NEW_SECTION:
        kept.insert(rng.randint(0, len(kept)), make(rng))
    return kept or [make(rng)]


def evolve_simplified(rng, r):
    def measures(section):
        out = dict(section)
        if rng.random() < NEW_HEADING:
            out["heading"] = rng.choice(MEASURES_HEADINGS)
        out["points"] = [[lead, evolve_body(rng, body, MEASURES_SENTENCES)]
                         for lead, body in section["points"]]
        if "table" in section:
            out["table"] = table(rng, [(row, this) for row, _, this in section["table"]])
        if "children" in section:
            out["children"] = [evolve_item(item) for item in section["children"]]
        return out

    def evolve_item(item):
        out = dict(item)
        out["body"] = evolve_body(rng, item["body"], MEASURES_SENTENCES)
        if "children" in item:
            out["children"] = [evolve_item(child) for child in item["children"]]
        return out

    def plans(section):
        out = dict(section)
        if rng.random() < NEW_HEADING:
            out["heading"] = rng.choice(PLANS_HEADINGS)
        out["body"] = evolve_body(rng, section["body"], PLANS_SENTENCES)
        return out

    points = [p for p in r["shortcomings"]["points"] if rng.random() >= REWORD]
    fresh = [s for s in SHORTCOMING_SENTENCES if s not in {b for _, b in points}]
    while len(points) < 2:
        points.append((None, rng.choice(fresh)))
    return {
        "headings": r["headings"],
        "measures": evolve_sections(rng, r["measures"], measures_section, measures),
        "shortcomings": {"body": r["shortcomings"]["body"], "points": points},
        "leadership": evolve_body(rng, r["leadership"], LEADERSHIP_SENTENCES),
        "plans": evolve_sections(rng, r["plans"], plans_section, plans),
        "other": evolve_body(rng, r["other"], OTHER_BODIES),
    }


def simplified_text(r, year, short):
    """The content of a Simplified report as written on `year`."""
    def division(d):
        out = {"heading": d["heading"]}
        if "table" in d:
            out["body"] = "主要数据如下。\n\n" + table_text(d["table"])
        elif "body" in d:
            out["body"] = say_all(d["body"], year, short)
        if "points" in d:
            out["points"] = [(lead, say_all(body, year, short)) for lead, body in d["points"]]
        if "children" in d:
            out["children"] = [division(c) for c in d["children"]]
        return out

    h = r["headings"]
    return {
        "preamble": (f"{year}年，{short}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                     f"全面贯彻落实中央和省级、市级关于法治政府建设的决策部署，扎实推进依法行政。"
                     f"现将{year}年法治政府建设情况报告如下。"),
        "headings": {
            "measures": [f"{year}年度推进法治政府建设的主要举措和成效",
                         f"{year}年推进法治政府建设的主要举措和成效",
                         f"{year}年度法治政府建设主要工作情况"][h["measures"]],
            "shortcomings": [f"{year}年度推进法治政府建设存在的不足和原因",
                             f"{year}年法治政府建设存在的问题和不足"][h["shortcomings"]],
            "leadership": f"{year}年度党政主要负责人履行推进法治建设第一责任人职责情况",
            "plans": [f"{year + 1}年度推进法治政府建设的主要安排",
                      f"{year + 1}年推进法治政府建设的工作安排",
                      f"{year + 1}年度法治政府建设工作计划"][h["plans"]],
            "other": "其他需要报告的情况",
        },
        "measures": [division(s) for s in r["measures"]],
        "shortcomings": r["shortcomings"],
        "leadership": {"body": say_all(r["leadership"], year, short)},
        "plans": [division(s) for s in r["plans"]],
        "other": say_all(r["other"], year, short),
        "title": f"{short}{year}年法治政府建设情况报告",
    }


# Figures in the sample's sentences that are not years (nor part of one).
FIGURE_RE = re.compile(r"(?<![\d.])(?!20[12]\d(?!\d))\d+(?:\.\d+)?(?![\d.])")


def new_figures(rng, text):
    """The text with each figure that is not a year changed by up to a third either way."""
    def change(m):
        old = m.group(0)
        if "." in old:
            return old
        n = int(old)
        return str(max(1, n + rng.randint(-(n // 3) - 1, n // 3 + 1)))
    return FIGURE_RE.sub(change, text)


def traditional_report(rng, pool, factor):
    """A report from the sample's own sentences; years and district set when written."""
    n_measures = max(1, round(SAMPLE_MEASURES_SECTIONS * factor))
    n_plans = max(1, round(SAMPLE_PLANS_SECTIONS * factor))
    all_points = [p for s in pool["measures"] for p in s["points"]]
    measures = []
    for i in range(n_measures):
        source = pool["measures"][i % len(pool["measures"])]
        points = source["points"] if i < len(pool["measures"]) else rng.sample(all_points, POINTS_PER_SECTION)
        measures.append({"heading": source["heading"], "points": [list(p) for p in points]})
    plans = [dict(pool["plans"][i % len(pool["plans"])]) for i in range(n_plans)]
    return {"measures": measures, "plans": plans, "a": rng.randint(2, 12), "b": rng.randint(1, 5)}


def evolve_traditional(rng, pool, r):
    """A year later: a third of the points reworded (another of the sample's), most figures new."""
    all_points = [p for s in pool["measures"] for p in s["points"]]
    measures = []
    for section in r["measures"]:
        points = []
        for lead, body in section["points"]:
            roll = rng.random()
            if roll < REWORD:
                lead, body = rng.choice(all_points)
            elif roll < REWORD + (1 - REWORD) * REFIGURE:
                body = new_figures(rng, body)
            points.append([lead, body])
        measures.append({"heading": section["heading"], "points": points})
    plans = [{"heading": p["heading"], "body": new_figures(rng, p["body"]) if rng.random() < REFIGURE else p["body"]}
             for p in r["plans"]]
    return {"measures": measures, "plans": plans, "a": rng.randint(2, 12), "b": rng.randint(1, 5)}


def traditional_text(pool, r, year, short):
    rename = lambda text: shift_years(text, year).replace("高陵", short)  # noqa: E731
    return {
        "preamble": rename(pool["preamble"]),
        "headings": {
            "measures": rename(pool["headings"]["measures"]),
            "shortcomings": rename(pool["headings"]["shortcomings"]),
            "leadership": f"{year}年度黨政主要負責人履行推進法治建設第一責任人職責情況",
            "plans": rename(pool["headings"]["plans"]),
            "other": "其他需要報告的情況",
        },
        "measures": [{"heading": rename(s["heading"]),
                      "points": [(rename(lead), rename(body)) for lead, body in s["points"]]}
                     for s in r["measures"]],
        "shortcomings": {"body": rename(pool["shortcomings"][0]["body"])},
        "leadership": {"body": f"區政府主要負責同志帶頭尊法學法守法用法,主持區政府常務會議學法{r['a']}次,帶頭出庭應訴{r['b']}次,"
                               "對法治政府建設重要工作親自部署、重大問題親自過問、重點環節親自協調、重要任務親自督辦。"},
        "plans": [{"heading": rename(p["heading"]), "body": rename(p["body"])} for p in r["plans"]],
        "other": "本年度未發生因違法行政被追究責任的重大事件。",
        "title": f"{short}{year}年法治政府建設情況報告",
    }


def report_yaml(rng, r, year, authority, shape):
    """The YAML of a report whose content as written on `year` is `r`; `shape` says whether
    it has a title and an `other` part, and its indicators (id, label, unit)."""
    out = [f"# 合成报告（lawrpt 基准测试用，数字为虚构）：{authority} {year}", f"year: {year}",
           f"authority: {scalar(authority)}"]
    if shape["title"]:
        out.append(f"title: {scalar(r['title'])}")
    if rng.random() < 0.9:
        start = datetime.date(year + 1, 1, 1)
        end = datetime.date(year + 1, 3, 31)
        issued = start + datetime.timedelta(days=rng.randint(0, (end - start).days))
        out.append(f"issued: {issued.isoformat()}")
    out.extend(block("preamble", r["preamble"], 0))
    out.append("parts:")
    out.extend(part_lines("measures", r["headings"]["measures"], {"children": r["measures"]}))
    out.extend(part_lines("shortcomings", r["headings"]["shortcomings"], r["shortcomings"]))
    out.extend(part_lines("leadership", r["headings"]["leadership"], r["leadership"]))
    out.extend(part_lines("plans", r["headings"]["plans"], {"children": r["plans"]}))
    if shape["other"]:
        out.extend(part_lines("other", r["headings"]["other"], {"body": r["other"]}))
    out.append("indicators:")
    for ident, label, unit in shape["indicators"]:
        value = round(rng.uniform(80, 100), 1) if unit == "%" else rng.randint(10, 10000)
        out.extend([f"  - id: {ident}", f"    label: {label}", f"    value: {value}",
                    f"    unit: {scalar(unit)}"])
    return "\n".join(out) + "\n"


def report_shape(rng):
    return {"title": rng.random() < 0.3, "other": rng.random() < 0.1,
            "indicators": rng.sample(INDICATORS, rng.randint(2, 5))}


def part_lines(role, heading, content):
    div = dict(content)
    div["heading"] = heading
    return emit_division(div, 2, 0, first_key=f"role: {role}")


# --- projects ----------------------------------------------------------------------------


# Traditional forms of the characters above that differ, for the Traditional projects' names.
TO_TRADITIONAL = str.maketrans(
    "宝鸡阳铜汉郑济岛烟台芜苏无锡宁温厦门赣长绵贵义兰开临东兴华丰龙凤广岭湾乡坝庄营岗桥云",
    "寶雞陽銅漢鄭濟島煙臺蕪蘇無錫寧溫廈門贛長綿貴義蘭開臨東興華豐龍鳳廣嶺灣鄉壩莊營崗橋雲",
)


def authority_of(k, traditional):
    """Project k's authority and district: distinct for each of the first 1600 projects."""
    city = CITIES[k % len(CITIES)]
    district = DISTRICT_A[k % len(DISTRICT_A)] + DISTRICT_B[(k // len(DISTRICT_A)) % len(DISTRICT_B)]
    if traditional:
        city, district = city.translate(TO_TRADITIONAL), district.translate(TO_TRADITIONAL)
        return f"{city}市{district}區人民政府", district
    return f"{city}市{district}区人民政府", district


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="folder to write p0001/ … into")
    parser.add_argument("--reports", type=int, required=True, help="number of reports (N)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", choices=["evolving", "unrelated"], default="evolving",
                        help="evolving (default): each year is the year before, reworded in part, "
                             "as real reports are; unrelated: each year drawn afresh (the "
                             "comparison's worst case)")
    parser.add_argument("--sample", default=os.path.join(here, "..", "reports", "2024.yaml"),
                        help="the sample whose Traditional text seeds one project in five")
    args = parser.parse_args()
    if args.reports < 1:
        parser.error("--reports must be at least 1")
    pool = sample_pool(args.sample) if os.path.exists(args.sample) else None
    if pool is None:
        print(f"gen-reports: {args.sample} not usable; writing Simplified reports only", file=sys.stderr)
    projects = (args.reports + YEARS_PER_PROJECT - 1) // YEARS_PER_PROJECT
    total_bytes = 0
    written_count = 0
    for k in range(projects):
        rng = random.Random(args.seed * 1_000_003 + k)
        traditional = pool is not None and k % 5 == 4
        authority, district = authority_of(k, traditional)
        # The sample says 高陵區…: renaming 高陵 keeps its 區. Simplified text says {d} for 某某区.
        short = district if traditional else district + "区"
        folder = os.path.join(args.out, f"p{k + 1:04d}", "reports")
        os.makedirs(folder, exist_ok=True)
        years = min(YEARS_PER_PROJECT, args.reports - k * YEARS_PER_PROJECT)
        content = None
        for year in range(FIRST_YEAR, FIRST_YEAR + years):
            if args.years == "unrelated" or content is None:
                # Each year drawn afresh: consecutive years share almost no sentence.
                factor = rng.uniform(1.0, 3.0)
                content = (traditional_report(rng, pool, factor) if traditional
                           else simplified_report(rng, factor))
                shape = report_shape(rng)
            elif traditional:
                content = evolve_traditional(rng, pool, content)
            else:
                content = evolve_simplified(rng, content)
            written = (traditional_text(pool, content, year, short) if traditional
                       else simplified_text(content, year, short))
            text = report_yaml(rng, written, year, authority, shape)
            data = text.encode("utf-8")
            with open(os.path.join(folder, f"{year}.yaml"), "wb") as f:
                f.write(data)
            total_bytes += len(data)
            written_count += 1
    print(f"{projects} projects, {written_count} reports, {total_bytes} bytes")


if __name__ == "__main__":
    main()
