# lawrpt 的简体中文消息。代码以 tr!("id", …) 引用每条消息；tests/i18n.rs 检查两个目录的 id 一一对应。
# 繁体中文目录由 build.rs 从本文件用 OpenCC（s2tw）转换生成，不必另写。
# YAML 的键（`year:`、`body:` 等）是格式本身，保持英文原样。
# 标点用全角；“键”即 YAML 中冒号前的名称（key），“缩进”即行首空格（indentation）。

## 计数与汇总

tally = { $errors } 个错误，{ $warnings } 个警告
summary-checked = 已检查 { $years } 个年度：{ $failed } 个未通过（{ $warnings } 个警告）
summary-built = 已生成 { $built } 个，未变 { $unchanged } 个，失败 { $failed } 个（{ $warnings } 个警告）
summary-differ = 有 { $files } 个文件与本次生成的结果不同
year-checked = 已检查（{ $tally }）
year-built = 已生成 { $files }（{ $tally }）
year-not-built = 未生成（{ $tally }）；{ $folder } 保持原样
config-unreadable = 无法读取，未检查任何年度
config-unusable = { $tally }；未检查任何年度
templates-unusable = 模板：{ $tally }；未生成任何年度

## 消息中提到的位置与取值类型

place-the-report = 报告
place-this-mapping = 这一组键值
place-title = 标题（title）
place-preamble = 开头段落（preamble）
place-role-part = `role: { $role }` 这一部分
place-a = { $level ->
        [part] “部分”（part）
        [section] “节”（section）
        [item] “项”（item）
        [sub-item] “子项”（sub-item）
        [point] “要点”（point）
       *[indicator] “指标”（indicator）
    }
place-this = { $level ->
        [part] 这一部分
        [section] 这一节
        [item] 这一项
        [sub-item] 这一子项
        [point] 这一要点
       *[indicator] 这一指标
    }
place-field-of = { $level ->
        [part] 这一部分
        [section] 这一节
        [item] 这一项
        [sub-item] 这一子项
       *[point] 这一要点
    }的 `{ $key }`
value-kind = { $kind ->
        [nothing] 空值
        [boolean] 是非值（true/false）
        [number] 数字
        [list] 列表
        [mapping] 一组键值
       *[text] 文字
    }
expected-kind = { $kind ->
        [list] 列表
        [number] 数字
        [whole-number] 整数
       *[text] 文字
    }
did-you-mean = 是否想写 `{ $name }`？

## 读取报告：YAML 与格式

no-report = 文件中没有报告内容
hint-no-report = 报告是一组键值，以 `year:` 开头，并有 `parts:`；格式见 FORMAT.zh-Hans.md
yaml-syntax = 此处的 YAML 写法有误，无法读取
hint-yaml-syntax = 请修改此处的 YAML；如果文字中有“: ”（英文冒号加空格）或以特殊符号开头，请给整段文字加上引号，或改用 `|-` 块写法（见 FORMAT.zh-Hans.md）
duplicate-key = 键 `{ $key }` 在同一组中出现了两次
duplicate-key-unnamed = 同一组中有一个键出现了两次
hint-duplicate-key = YAML 中每个键只能有一个值：请把两处合并为一处，或删去其中一处
tab-indent = 缩进中有制表符（Tab）
hint-tab-indent = YAML 的缩进（行首空白）只能用空格：请把制表符换成空格
budget-size = 文件内容超出一份报告所能有的规模（十万个值、一千个别名），已拒绝读取
budget-depth = 文件的层级嵌套超过一份报告所能有的深度（64 层）
budget-other = 读取此文件所需的资源超出一份报告的限度
hint-budget = 报告不需要别名（`*name`）或列表套列表：请把文字直接写出
multiple-documents = 文件中有不止一份 YAML 文档
hint-multiple-documents = 一个文件只放一份报告：删去 `---` 这一行及其后的内容，或把它移到单独的文件
encoding-utf16 = 文件是 UTF-16 编码
hint-encoding-utf16 = 请另存为 UTF-8 编码（多数编辑器：另存为… → 编码：UTF-8）
encoding-not-utf8 = 文件从此处起不是 UTF-8 编码的文字
hint-encoding-not-utf8 = 请另存为 UTF-8 编码；旧版中文 Windows 软件保存的文件常为 GB18030（GBK）编码，lawrpt 不读取这种编码

not-a-mapping = { $place }应当是一组键值，但这里是{ $found }
key-not-a-name = { $place }中有一个键是{ $found }，不是名称
keys-here = 这里可用的键有：{ $keys }
unknown-key = { $place }中没有 `{ $key }` 这个键
missing-key = { $place }缺少 `{ $key }` 键
add-key = 请添加 `{ $key }:`
wrong-type = `{ $key }` 应当是{ $expected }，但这里是{ $found }
hint-quote-value = 请给值加上引号：`{ $key }: "…"`
hint-text-block = `{ $key }` 的值是文字；有几段时请用 `|-` 块写法，段与段之间空一行
hint-one-line-text = `{ $key }` 是一行文字：`{ $key }: …`
not-one-line = `{ $key }` 写成了不止一行
hint-not-one-line = `{ $key }` 只能写一行；其余文字请移到 `body:`（正文）中
hint-add-list = 请添加 `{ $key }:`，并在其下逐条列出
hint-list-entries = `{ $key }` 的每一条另起一行，以“- ”（短横加空格）开头
comment-in-text = `{ $comment }` 被 YAML 当作注释，不属于 `{ $key }` 的文字
hint-comment-in-text = 如果它是正文的一部分，请给整段文字加上引号：`{ $key }: "…"`；如果它是备注，可不理会此提示

shape-report = 报告是一组键值：`year:`（年度）、`parts:`（各部分），可选 `authority:`（发布机关）、`title:`（标题）、`issued:`（印发日期）、`preamble:`（开头段落）、`indicators:`（指标）
shape-part = “部分”是一组键值：`role:`（部分类别）、`heading:`（标题），以及内容 `body:`（正文）、`points:`（要点）、`sections:`（各节）
shape-division = { $level ->
        [section] “节”
        [item] “项”
       *[sub-item] “子项”
    }是一组键值：`heading:`（标题），以及内容 `body:`（正文）、`points:`（要点）{ $children ->
        [none] {""}
       *[other] 、`{ $children }:`（下一级）
    }
shape-point = “要点”是一段文字，或一组键值：`lead:`（开头的领起句）和 `body:`（正文）
shape-indicator = “指标”是一组键值：`id:`、`label:`（名称）、`value:`（数值），可选 `unit:`（单位）

hint-add-year = 请在文件开头添加 `year: 2024`（报告所述年度）
year-not-a-year = `year` 的值 { $year } 不是年份
hint-year-digits = 请写报告所述年度，四位数字：`year: 2024`
year-is-text = `year` 的值是文字“{ $text }”，不是数字
hint-year-unquoted = 年份不加引号，直接写数字：`year: 2024`
hint-year-arabic = 年份请用阿拉伯数字，不加引号：`year: 2024`
hint-year-four-digits = 年份请写四位数字：`year: 2024`
issued-not-a-date = `issued` 的值“{ $text }”不是日期
hint-issued-date = 印发日期请写成 年-月-日，例如 `issued: 2025-03-28`
hint-add-role = 请添加 `role:`，取以下之一：{ $roles }
unknown-role = 没有 `{ $role }` 这种部分类别（role）
hint-role-near = 是否想写 `{ $name }`？部分类别可取：{ $roles }
hint-roles = 部分类别可取：{ $roles }
hint-add-heading = 请添加 `heading:`，只写标题文字，不写序号（序号由 lawrpt 自动编排）
hint-add-value = 请添加 `value:`，写数值
hint-value-number = 数值只写数字、不带单位，例如 `value: 159`，单位写在 `unit:` 中

## lawrpt.toml（项目设置）

config-unknown-key = lawrpt.toml 中有不认识的键
hint-config-keys = lawrpt.toml 可用的键有 `title`、`strict`、`scripts`、`pdf`、`lang` 和 `[rules]` 表；见 FORMAT.zh-Hans.md
config-syntax = 此处的 TOML 写法有误，无法读取
hint-config-syntax = 请修改此处的 TOML；lawrpt.toml 的写法见 FORMAT.zh-Hans.md
config-under-rules = `{ $key }` 写在了 [rules] 表之下
hint-config-under-rules = `[rules]` 一行之后的键都属于该表：请把这一行移到 `[rules]` 之前
unknown-rule = 没有 `{ $rule }` 这条规则
hint-rule-ids = `lawrpt rules` 列出所有规则编号
not-a-severity = `{ $value }` 不是规则级别
hint-severity = 请写 "error"（错误）、"warning"（警告）或 "off"（关闭）
rule-fixed = 规则 `{ $rule }` 不能修改
hint-rule-fixed = 读不进来的文件无法检查，所以读取类规则始终是错误：请删去这一行
title-placeholder = 标题模板中有不认识的占位符 `{ $placeholder }`
hint-title-placeholder = 标题模板可用 `{"{"}authority{"}"}`（发布机关）和 `{"{"}year{"}"}`（年度）
unknown-lang = lawrpt 不支持界面语言 `{ $lang }`
hint-lang = 请写 "zh-Hans"（简体中文）、"zh-Hant"（繁體中文）或 "en"（English）
unknown-script = 没有 `{ $script }` 这种字体
hint-script-near = 是否想写 "{ $name }"？字体可取 "zh-Hans" 或 "zh-Hant"
hint-scripts = 字体可取 "zh-Hans"（简体）或 "zh-Hant"（繁体）
script-twice = `{ $script }` 列了两次
hint-script-twice = 每种字体只列一次

## 检查：结构

part-missing = 报告缺少 `role: { $role }` 部分（{ $description }）
hint-part-missing = 请添加一个 `role: { $role }` 的部分；《法治政府建设与责任落实督察工作规定》将其列为年度报告的内容
hint-leadership-missing = 《法治政府建设与责任落实督察工作规定》将党政主要负责人履行推进法治建设第一责任人职责情况列为报告内容：请在主要安排部分之前添加一个 `role: leadership` 的部分；如果报告已在其他部分写到，可在 lawrpt.toml 中关闭这条规则
part-duplicate = 又出现了一个 `role: { $role }` 部分
hint-part-duplicate = 一份报告只有一个 `role: { $role }` 部分：请把这一部分作为若干节并入第一个（第 { $line } 行）
part-order = `role: { $role }` 部分排在了 `role: { $before }` 部分（第 { $line } 行）之后
hint-part-order = 请把它移到 `role: { $target }` 部分（第 { $line } 行）之前；督察工作规定的顺序是：主要举措和成效（measures）→ 存在的不足和原因（shortcomings）→ 第一责任人职责情况（leadership）→ 下一年度主要安排（plans）→ 其他需要报告的情况（other）
role-heading = 这个标题读起来不像 `role: { $role }` 部分（{ $description }）
hint-role-heading = 请核对 `role: { $role }`（第 { $line } 行）；这类部分的标题通常含有以下之一：{ $words }

## 检查：内容

empty-text = `{ $key }` 是空的
hint-empty-heading = 请写上文字，或删去 `{ $key }:` 这一行
hint-empty-body = 请在 `{ $key }: |-` 下缩进写正文，或删去 `{ $key }:` 这一行
empty-section = { $level ->
        [part] 这一部分
        [section] 这一节
        [item] 这一项
       *[sub-item] 这一子项
    }只有标题，下面没有内容
hint-empty-section = 请给它写上 `body:`（正文）、`points:`（要点）{ $children ->
        [none] {""}
       *[other] 或 `{ $children }:`（下一级）
    }，或删去这一{ $level ->
        [part] 部分
        [section] 节
        [item] 项
       *[sub-item] 子项
    }
empty-point = 这一要点没有文字
hint-empty-point = 请给要点写上 `lead:`（领起句）或 `body:`（正文），或两者都写；也可删去这一要点
placeholder = 这里的 `{ $key }` 还是 { $mark }，是 `lawrpt new` 为本年度文字留的位置
hint-placeholder = 请用本年度的文字替换 { $mark }
typed-numbering = { $place } 以手写序号 `{ $prefix }` 开头
hint-typed-numbering = 请删去 `{ $prefix }`：lawrpt 按位置自动编排标题和要点的序号，手写的序号在调整顺序后会错位
invisible-char = 这段文字中有一个看不见的字符：{ $code } { $name }
hint-invisible-char = 请删除它：读者看不到它，但它可能改变文字在页面上的显示；粘贴时请选择“只保留文本”

## 检查：年份与日期

year-mismatch = `year` 是 { $year }，但文件名是 { $file_year }.yaml
hint-year-mismatch = 请改为 `year: { $file_year }`，或把文件改名为 { $year }.yaml
wrong-year = { $place }写的是“{ $quoted }”，但这里讲的是 { $right } 年
hint-wrong-year = 如果这是从其他年度的报告沿用过来的，请改为 { $right }；如果确实指 { $named } 年，可不理会此提示，或在 lawrpt.toml 中关闭这条规则
issued-late = 印发日期 { $date } 晚于 { $next } 年 3 月 31 日
hint-issued-late = 《法治政府建设与责任落实督察工作规定》第二十四条：年度报告应于每年 4 月 1 日之前向社会公开；请核对日期
issued-early = 印发日期 { $date } 早于所报告的 { $year } 年度结束
hint-issued-early = { $year } 年度的报告在 { $next } 年第一季度印发；请核对日期或 `year:`

## 模板

template = 模板有误（tera 的原话：{ $detail }）
template-undefined-variable = 模板中没有 `{ $name }` 这个变量{ $count ->
        [0] {""}
       *[other] ；可用的变量有：{ $available }
    }
template-undefined-field = 没有 `{ $name }` 这个字段{ $count ->
        [0] {""}
       *[other] ；可用的字段有：{ $available }
    }
template-undefined-value = 变量 `{ $name }` 存在，但没有值
template-unknown = 没有名为 `{ $name }` 的{ $kind ->
        [filter] 过滤器
        [test] 测试
       *[function] 函数
    }
template-found-expected = 这里写的是 { $found }，应为{ $kind ->
        [identifier] 一个名称（变量名或字段名）
        [attribute] 一个属性名
       *[token] {" "}`{ $expected }`
    }
template-unknown-include = 此处不能包含 `{ $name }`：模板只能包含在它之前读取的模板（依次为 report.md.tera、report.html.tera、report.txt.tera、index.html.tera），不能包含自己
template-recursion = 组件自我调用超过 20 层：请让递归有终点（在调用外加 `if`）
template-not-found = 找不到模板 `{ $name }`
template-tag-mismatch = 结束标签 `{ $end }` 与开始标签 `{ $open }` 不对应
template-block-undefined = 上级模板中都没有 `{ $name }` 这个块
hint-template = 请修改模板（tera 2 语法）；模板可用的值见 README.zh-Hans.md 的“自定义模板”一节

## 导入时的说明

import-encoding = 此处的字节不是 UTF-8、GB18030 或 UTF-16 编码的文字
hint-import-encoding = 请把网页另存为文本文件（UTF-8）或 Word 的 .docx 文件，再导入
import-debris = 已略去{ $kind ->
        [counter] 网页的浏览次数
        [field] 网页的信息栏（来源、日期、作者、字号、位置）
        [breadcrumb] 网页的导航路径（首页 > …）
        [buttons] 网页的按钮（打印、关闭、字号）
       *[publication] 公开发布说明（此件公开发布）
    }：`{ $text }`
hint-import-debris = 这是网页的内容，不是报告的；除非它确属报告，否则无需处理
import-year = 标题写的是 { $found } 年，但按 --year 作为 { $given } 年度导入
hint-import-year = 请核对 --year；标题保持原文
import-authority = 落款写的是 `{ $found }`，但 --authority 给的是 `{ $given }`：采用 `{ $given }`
hint-import-authority = 不写 --authority 即可从原文取落款单位
import-after-issuer = 落款和日期之后还有文字：已放在最后一部分的末尾
hint-import-after-issuer = 如果它是附件或网页的内容，请在 YAML 中移走或删去
import-heading-unplaced = { $level ->
        [section] 二级标题（“节”）
        [item] 三级标题（“项”）
       *[sub-item] 四级标题（“子项”）
    }之前没有{ $parent ->
        [part] 一级标题（“部分”）
        [section] 二级标题（“节”）
       *[item] 三级标题（“项”）
    }：已作为正文保留在原处
hint-import-heading-unplaced = 标题序号依次为 一、 →（一）→ 1. →（1）；请按上一级的序号为这一段编号，或把它移到上一级之下
import-role = 这一部分的标题不是督察工作规定所列的任何一部分：已按 `role: other`（其他需要报告的情况）导入
hint-import-role = 如果它属于其中之一，请在 YAML 中改写它的 `role:`（measures、shortcomings、leadership、plans）
import-heading-number = 原文写的是 `{ $typed }`，但这里是第 { $position } 个{ $level ->
        [part] 部分
        [section] 节
        [item] 项
       *[sub-item] 子项
    }：lawrpt 按位置编号，将显示为 { $number }
hint-import-heading-number = 请核对原文中是否漏了标题或顺序颠倒
import-point-unplaced = 一个要点（一是……）出现在所有部分之前：已作为正文保留在原处
hint-import-point-unplaced = 要点应属于某一部分或某一节；请补上它所属的标题
import-point-number = 原文写的是 `{ $typed }`，但这里是第 { $position } 个要点：lawrpt 按位置编号，将显示为 { $number }
hint-import-point-number = 请核对原文中是否漏了要点或顺序颠倒

## 消息的标签

label-error = 错误
label-warning = 警告
label-help = 提示
# What follows a label: `error: …`, `help: …`.
label-colon = ：

## 督察工作规定所列的报告内容

role-description = { $role ->
        [measures] 推进法治政府建设的主要举措和成效
        [shortcomings] 推进法治政府建设存在的不足和原因
        [leadership] 党政主要负责人履行推进法治建设第一责任人职责情况
        [plans] 下一年度推进法治政府建设的主要安排
       *[other] 其他需要报告的情况
    }

## 无法继续运行的错误（error.rs）

not-a-year = `{ $argument }` 不是年度
hint-not-a-year = 年度请写四位数字，例如 `lawrpt build 2024`
no-such-folder = { $path } 不是文件夹
hint-no-such-folder = 请写出存放 `reports/` 文件夹（以及 `lawrpt.toml`，如有）的那个文件夹
out-with-several-projects = --out 只能指定一个文件夹，但这里指定了多个项目
hint-out-with-several-projects = 请去掉 --out：每个项目都生成到它自己的 out/ 文件夹中
no-project = 在 { $path } 及其上级文件夹中都没有找到 lawrpt 项目
hint-no-project = 请在项目文件夹（含有 `reports/` 或 `lawrpt.toml` 的文件夹）中运行 lawrpt，或用 `--project 文件夹` 指定项目
no-report-for-year = 没有 { $year } 年度的报告：{ $path } 不存在
hint-no-report-yet = `reports/` 中还没有任何 `<年度>.yaml`；请先写一份（格式见 FORMAT.zh-Hans.md）
hint-years-available = 已有报告的年度：{ $years }
not-a-file = { $path } 不是文件
hint-not-a-file = 请指定一个文件：这个路径是文件夹（或设备）
too-large = { $path } 有 { $size } 字节，太大，不可能是一份报告
hint-too-large = 一份报告最多 { $mib } MiB；这么大的文件不是报告
outside-output = { $path } 将被写到输出文件夹 { $out } 之外
hint-outside-output = 输出文件夹不能链接到别处：请删除该链接，或用 --out 指定另一个文件夹
exists = { $path } 已经存在
hint-exists = 如需替换它，请加上 --force
unsafe-output = lawrpt 不会把网站写入 { $path }：{ $reason ->
        [root] 它是文件系统的根目录
        [project] 它是项目文件夹本身，或包含项目文件夹
       *[foreign] 其中有不是 lawrpt 写入的文件（没有 .lawrpt-manifest.json）
    }
hint-unsafe-output = 请为网站指定一个新的或空的文件夹，或以前由 lawrpt 生成过的文件夹
no-year = { $path } 的标题和第一个标题中都没有年度
hint-no-year = 请写明报告的是哪一年：--year 2024
nothing-to-import = { $path } 中没有报告正文（是空的，或只有网页上正文以外的内容）
hint-nothing-to-import = 请导入一份已公开的报告：从网页上保存的正文，或它的 Word 文件
from-itself = --from { $year } 就是正在新建的年度
hint-from-itself = 请用 --from 指定更早的年度，或去掉它
not-a-word-file = 无法把 { $path } 当作 Word 文件读取：{ $reason }
hint-not-a-word-file = import 能读取 Word 的 .docx 文件和文本文件；.doc 或 .wps 文件请先另存为 .docx
write-yaml = 无法把报告写成 YAML：{ $detail }
write-docx = 无法把报告写成 Word 文件：{ $detail }
browser-not-there = 生成 PDF 需要用浏览器打印，但 { $variable } 所指的 { $path } 不存在
hint-browser-named = 请把 { $variable } 设为 Chromium、Google Chrome 或 Microsoft Edge 的路径，或删除这个变量，由 lawrpt 自行查找
no-browser = 生成 PDF 需要用 Chromium、Google Chrome 或 Microsoft Edge 打印，但本机没有安装其中任何一个
hint-no-browser = 请安装 Chromium（Debian、Ubuntu：`apt-get install chromium fonts-noto-cjk`）或 Google Chrome，或把 { $variable } 设为浏览器的路径；也可以不生成 PDF（去掉 --pdf，或删去 lawrpt.toml 中的 `pdf = true`）
print-failed = { $browser } 无法把 { $page } 打印为 PDF：{ $detail }
hint-print = 这一年度的其他输出也没有写入；可以用 { $variable } 换一个浏览器再试
io = 无法{ $action ->
        [read] 读取 { $path }
        [write] 写入 { $path }
        [create] 创建 { $path }
        [create-output] 创建输出文件夹 { $path }
        [make-print-folder] 在 { $path } 中创建打印用的文件夹
        [open] 打开 { $path }
        [open-output] 打开输出文件夹 { $path }
        [remove] 删除 { $path }
        [write-terminal] 输出到终端
        [write-stdout] 写到标准输出
       *[write-to] 写入 { $path }
    }：{ $kind ->
        [not-found] 文件或文件夹不存在
        [permission-denied] 没有权限（请检查文件权限，或文件是否被其他程序占用）
        [already-exists] 已经存在同名的文件或文件夹
        [storage-full] 磁盘空间已满
        [read-only] 文件系统是只读的
        [is-a-directory] 这是文件夹，不是文件
        [not-a-directory] 路径中有一段不是文件夹
        [broken-pipe] 接收输出的程序已经关闭
       *[other] { $detail }
    }

## 命令行：--help（cli/）

cli-about = 把地方政府年度法治政府建设情况报告从 YAML 编译为 Markdown、HTML 和纯文本，并按《法治政府建设与责任落实督察工作规定》检查报告内容
cli-after-help = 退出码：0 正常（可以有警告）；1 报告、lawrpt.toml 或模板有错误（或 --check 发现输出与应生成的不同）；2 lawrpt 无法运行（参数有误、文件缺失或无法读取、输出无法写入）。
cli-project = 项目文件夹；要一次处理多个项目，可重复写这个选项［默认：从当前文件夹向上找到的第一个含有 reports/ 或 lawrpt.toml 的文件夹］
cli-color = 消息何时使用颜色
cli-color-auto = 输出到终端且未设置 NO_COLOR 时使用颜色
cli-lang = 消息的语言［默认：依次看 LAWRPT_LANG、lawrpt.toml 中的 `lang`、系统区域设置（LC_ALL、LC_MESSAGES、LANG），都没有时用英文］
cli-build-about = 检查 reports/年度.yaml，生成 out/年度/report.{"{"}md,html,txt{"}"} 和 out/index.html
cli-check-about = 检查 reports/年度.yaml，不写入任何文件
cli-diff-about = 显示两个年度的报告之间有哪些改动
cli-import-about = 把已公开的报告（网页上的文字或 Word 的 .docx 文件）转换为 reports/年度.yaml
cli-new-about = 按以前某一年度报告的结构新建 reports/年度.yaml，正文留待撰写
cli-rules-about = 列出 lawrpt 检查的各项规则及其默认级别
cli-rules-format = 列出的方式
cli-rules-format-human = 每条规则一行，供人阅读
cli-rules-format-json = 一个 JSON 文档，供其他工具读取：id、severity、fixed、summary（本次运行的语言）、citation
cli-completions-about = 输出 lawrpt 的命令补全脚本（bash、zsh、fish、powershell、elvish）
cli-completions-shell = 用哪种命令行（shell）补全
cli-value-shell = 命令行
cli-man-about = 输出 lawrpt 的手册页（roff 格式，供 man 使用），语言与本次运行相同
cli-man-command = 要输出哪个命令的手册页（lawrpt-build(1) 等）［默认：lawrpt(1)，其中列出各个命令］
cli-diff-old = 较早的报告：项目中的一个年度（如 2023）、一个 YAML 文件或一个 Word 文件（.docx）
cli-diff-new = 较晚的报告：项目中的一个年度（如 2024）、一个 YAML 文件，或一个 Word 文件（.docx），如审阅过的 report.docx：接受其中的修订，列出其中的批注
cli-diff-format = 显示方式
cli-diff-format-terminal = 在终端中阅读（仅在终端中使用颜色）
cli-diff-format-md = Markdown，用于审阅意见
cli-diff-format-html = 一个独立的 HTML 网页
cli-diff-format-json = 供其他工具读取的 JSON（格式见 docs/diff.md）
cli-diff-stat = 只显示汇总：增加、删除、改动的部分、节和要点，以及改动的数字
cli-diff-exit-code = 两份报告不同时以退出码 1 结束（同 `git diff --exit-code`）
cli-import-file = 已公开的报告：文本文件（UTF-8、GB18030 或 UTF-16；每行一段，或以空行分段）或 Word 的 .docx 文件
cli-import-year = 报告所属的年度［默认：标题或第一个标题中的年度］
cli-import-authority = 发布报告的政府或部门［默认：文末的落款］
cli-import-output = YAML 写到哪里，`-` 表示标准输出［默认：项目中的 reports/年度.yaml；还没有项目时写在当前文件夹］
cli-import-force = 文件已存在时替换它
cli-new-year = 要新建的年度，例如 2025
cli-new-from = 沿用哪一年度报告的结构［默认：该年度之前最近的一个年度］
cli-new-force = reports/年度.yaml 已存在时替换它
cli-years = 要处理的年度，例如 2024
cli-all = 所有有 reports/年度.yaml 的年度
cli-strict = 把警告当作错误（也可在 lawrpt.toml 中写 `strict = true`）
cli-format = 诊断信息的输出方式：给人看的；一份 JSON 文档或 JSON 行；在拉取请求的相应行上作批注的 GitHub Actions 工作流命令；或 GitLab 代码质量报告、SARIF 日志、JUnit 报告
cli-format-human = 带源文件行和位置标记的消息，输出到标准错误
cli-format-json = 一份 JSON 文档，输出到标准输出（格式见 docs/diagnostics.md）
cli-format-github = GitHub Actions 工作流命令（::error file=…,line=…::…），输出到标准输出
cli-format-gitlab = GitLab 代码质量报告（artifacts:reports:codequality），输出到标准输出
cli-format-sarif = SARIF 2.1.0 日志，输出到标准输出，供 GitHub 代码扫描、GitLab 和 Azure DevOps 读取
cli-format-junit = JUnit XML 报告，输出到标准输出，供 Jenkins 和 CI 测试面板读取：每个年度一个测试用例
cli-format-json-lines = 每行一个 JSON 对象，发现即输出到标准输出，最后一行是汇总
cli-quiet = 只显示错误：不显示警告、状态行和进度（不影响标准输出）
cli-verbose = 另外显示 lawrpt 在过程中读取、判断和写出的内容，以及用时
cli-build-out = 输出文件夹［默认：项目中的 out/］
cli-build-check = 不写入任何文件；列出输出文件夹中与本次生成结果不同的每个文件（缺少、改动或过期），有则以退出码 1 结束
cli-build-force = 重新生成所有年度，包括输入没有变化的年度
cli-build-prune = 删除 reports/年度.yaml 已不存在的年度的输出，以及不再发布的字体版本
cli-build-script = 要发布的字体（简体、繁体），优先于 lawrpt.toml 中的 `scripts`：每份报告按原字体发布，并为其他所列字体各生成一个转换版本（out/年度/report.zh-Hant.html 等）
cli-script-hans = 简体：繁体报告另生成简体版本
cli-script-hant = 繁体：简体报告另生成繁体版本
cli-script-both = 两者：每份报告都另生成另一种字体的版本
cli-build-docx = 同时把每份报告写成 Word 文件放在旁边（out/年度/report.docx），按 GB/T 9704-2012《党政机关公文格式》排版，供在 Word 或 WPS 中审签；也可在 lawrpt.toml 中写 `docx = true`
cli-build-no-wait = 另一个 lawrpt 正在写入输出文件夹时，立即以退出码 2 结束，而不等待它写完
cli-build-pdf = 同时把每个报告网页打印为 PDF 放在旁边（out/年度/report.pdf），按网页的打印样式排为 A4，使用无界面的 Chromium 或 Chrome（可用 LAWRPT_BROWSER 指定）；也可在 lawrpt.toml 中写 `pdf = true`
cli-value-command = 命令
cli-value-dir = 文件夹
cli-value-color = 何时
cli-value-lang = 语言
cli-value-format = 格式
cli-value-file = 文件
cli-value-year = 年度
cli-value-name = 名称
cli-value-path = 路径
cli-value-scripts = 字体
cli-value-old = 旧
cli-value-new = 新
cli-help = 显示帮助
cli-help-short = 显示帮助（用 '--help' 查看详细说明）
cli-help-long = 显示帮助（用 '-h' 查看简要说明）
cli-version = 显示版本
cli-help-about = 显示本帮助，或所列命令的帮助
cli-help-command = 要查看帮助的命令

## clap 自己写出的词：--help 的标题与命令行用法错误

clap-usage = 用法：
clap-arguments = 参数：
clap-options = 选项：
clap-commands = 命令：
clap-possible-values = 可选值：
clap-possible-values-inline = ［可选值：{""}
clap-default = ［默认：{""}
clap-aliases = ［别名：{""}
clap-bracket-close = ］
clap-options-placeholder = [选项]
clap-list-separator = 、
# A name the user types, in a list of them (keys, roles).
code-name = `{ $name }`
clap-error = 错误：
clap-unknown-argument = 没有 '{ $argument }' 这个选项
clap-unknown-command = 没有 '{ $command }' 这个命令
clap-invalid-value = '{ $argument }' 的值不能是 '{ $value }'（可选值：{ $valid }）
clap-missing-argument = 缺少必需的参数：{ $argument }
clap-missing-command = 请写出要运行的命令
clap-conflict = '{ $argument }' 不能与 '{ $other }' 同时使用
clap-no-equals = 给 '{ $argument }' 赋值时需要写等号（=）
clap-too-many-values = '{ $argument }' 不需要更多的值，但多出了 '{ $value }'
clap-wrong-number-of-values = '{ $argument }' 所给值的个数不对
clap-other = { $detail }
clap-did-you-mean = 提示：是否想写 '{ $name }'？
clap-value-required = '{ $argument }' 后面要写一个值
clap-invalid-value-free = '{ $argument }' 的值不能是 '{ $value }'
clap-tip-as-value = 提示：如果 '{ $argument }' 是要传入的值而不是选项，请写成 '{ $written }'
clap-tip-remove-dashes = 提示：有 '{ $command }' 这个命令；要运行它，请去掉它前面的 '--'
clap-tip = 提示：{ $tip }
clap-more = 更多信息请运行 '--help'。

# 项目不能更改其级别的规则。
rules-fixed = （固定）

## SARIF 日志（--format sarif）中的规则：完整说明，以及 GitHub 代码扫描显示的帮助

sarif-rule-cited = { $summary }（{ $citation }）
sarif-rule-help = { $summary }。FORMAT.zh-Hans.md 说明规则 `{ $rule }`，附示例和修改方法；`lawrpt rules` 列出全部规则。

## 各项规则（`lawrpt rules` 所列；rules.toml 中每条规则一条：rule-<id>）

rule-yaml-syntax = 文件不是有效的 YAML
rule-type-mismatch = 值的类型不对（文字、数字、列表或一组键值）
rule-unknown-key = lawrpt 不认识的键
rule-missing-key = 缺少必需的键
rule-invalid-value = 值超出了这个键所能接受的范围（如 role、日期）
rule-year-mismatch = `year:` 与文件名中的年度不一致
rule-part-missing = 缺少督察工作规定要求的部分（主要举措和成效、存在的不足和原因、下一年度的主要安排）
rule-part-duplicate = 有两个部分的 role 相同
rule-part-order = 各部分的顺序与督察工作规定所列报告内容的顺序不一致
rule-empty-heading = 标题、报告题目或要点的领起句是空的
rule-empty-body = 正文或开头段落写了键但没有内容
rule-empty-section = 部分、节、项或子项既没有正文，也没有要点或下一级
rule-empty-point = 段内要点既没有领起句也没有正文
rule-leadership-missing = 没有写党政主要负责人履行推进法治建设第一责任人职责情况的部分
rule-wrong-year = 标题或正文中写错了年度
rule-typed-numbering = 标题里手写了序号，而序号应由 lawrpt 生成
rule-issued-late = 印发日期晚于次年 3 月 31 日
rule-issued-early = 印发日期早于所报告年度结束之前
rule-role-heading = 部分的标题与它的 role 不相符（如主要举措和成效部分的标题写成“存在的不足……”）
rule-config = lawrpt.toml 写法有误
rule-template = 模板无法解析或无法生成
rule-encoding = 文件不是 UTF-8 编码的文本
rule-comment-in-text = 未加引号的文字中出现“ #”，YAML 会把它当作注释：这一行其后的文字将丢失
rule-placeholder = `lawrpt new` 留下的【待填写】还在：稿子尚未写完
rule-invisible-char = 读者看不见的控制字符、零宽字符或改变文字方向的字符（如 U+202E）
rule-import-debris = 导入：已略去网页上正文以外的行（浏览次数、来源、发布时间、打印/关闭）
rule-import-unplaced = 导入：某段文字在结构中放不到它所在的位置，已作为正文保留在原处
rule-import-numbering = 导入：原文手写的序号不连续；lawrpt 按位置编号
rule-import-role = 导入：某部分的标题不是督察工作规定所列的任何一部分，已按 `role: other` 导入
rule-import-metadata = 导入：正文中的年度或发布机关与命令行给出的不一致
rule-import-comment = 导入：Word 文件中审阅人的批注，连同它所在的段落一并列出（批注不写入 YAML）

## import 与 new：说明、写在 YAML 开头的注释、汇总

count-of = { $count } 个{ $level ->
        [part] 部分
        [section] 节
        [item] 项
        [sub-item] 子项
       *[point] 要点
    }
list-separator = 、
standard-output = 标准输出
import-paragraph = 第 { $paragraph } 段：{ $message }
import-comment = { $author }的批注：“{ $text }”
import-comment-elsewhere = { $author }的批注，不在报告正文的任何段落上：“{ $text }”
import-comment-someone = 未署名的审阅人
hint-import-comment = 批注不属于报告，不会写入 YAML：按批注的意见修改 YAML，或在 Word 中答复
import-header = # 由 `lawrpt import` 从 { $file }（{ $encoding }）导入。
import-header-numbering = # 序号（一、（一）1.（1）一是）由 lawrpt 生成，这里不写。
import-summary = 已把 { $file }（{ $encoding }）导入 { $target }：{ $counts }；略去网页上正文以外的 { $left_out } 行，另有 { $notes } 条说明；`lawrpt check { $year }`：{ $tally }
import-summary-comments = ；上面列出了 { $count } 条批注：它们不写入 YAML
new-from-has-errors = { $year } 年度的报告有错误：请先改正，或用 --from 从另一个年度开始
new-from-structure = { $year } 年度报告的结构{ $indicators ->
        [0] {""}
       *[other] （其中 { $indicators } 个指标是该年度的数字，没有沿用）
    }
new-from-regulation = 督察工作规定所列的各部分（没有更早的年度可沿用）
new-header = # { $year } 年度：由 `lawrpt new` { $from ->
        [none] 新建
       *[other] 从 { $from } 年度开始
    }。
    # 请在每个 { $mark } 处写上本年度的内容；`lawrpt check { $year }` 会列出还没写的地方。
new-summary = 已写出 { $path }（依据：{ $from }）：{ $counts }；有 { $left } 处待写

## 生成网站时的提示：过期与已删除的输出、重新链接的年度

# `build --check`：生成时会写出而与 out/ 中不同的文件，或会被删除的文件。
check-listing = { $difference ->
        [missing] 缺少
        [stale] 已过期
       *[changed] 有改动
    }：{ $path }
year-removed = 已删除 { $folder }（reports/{ $year }.yaml 已不存在）
year-stale = { $folder } 已过期：reports/{ $year }.yaml 已不存在（可用 --prune 删除）
copy-removed = 已删除 { $path }（{ $why }）
copy-stale = { $path } 已过期：{ $why }（可用 --prune 删除）
stale-why = { $why ->
        [pdf-off] 已不再生成 PDF
        [docx-off] 已不再生成 Word 文件
        [script-unpublished] 已不再发布这种字体的版本
       *[now-original] 网页现在就是用这种字体写的，不再是转换出的副本
    }
year-relinked = 已生成 { $files }（更新了与前后年度之间的链接）

## 打印 PDF 与读取 Word 文件：失败的原因

print-not-started = 无法启动浏览器：{ $detail }
print-timed-out = 浏览器在 { $seconds } 秒内没有打印完（如需更长时间，请设置 { $variable }=秒数）
print-wait-failed = 等待浏览器时出错：{ $detail }
print-unreadable = 无法读取打印出的 PDF：{ $detail }
print-said-nothing = 浏览器没有给出任何说明
docx-old-or-encrypted = 这是旧版 Word 文档（.doc），或设有密码的文档；请在 Word 中另存为不设密码的 .docx 文件，再导入
# 压缩和 XML 库给出的原因（reason）是英文的，对撰稿人没有用处：中文只说结论。
docx-not-a-zip = 这不是 Word 的 .docx 文件（不是完好的 zip 压缩包）；请在 Word 中重新另存为 .docx
docx-not-word = 这个 zip 压缩包不是 Word 文档：其中没有 { $part }
docx-damaged = 文档已损坏：无法读取 { $part }；请在 Word 中打开并重新另存为 .docx
docx-bad-xml = 文档已损坏：{ $part } 不是有效的 XML；请在 Word 中打开并重新另存为 .docx
docx-too-large = { $part } 解压后超过 { $mib } MiB，没有这么大的报告
docx-too-deep = { $part } 中元素的嵌套超过 { $limit } 层，Word 文档不会这样
docx-not-utf8 = 它不是 UTF-8 编码
docx-ends-inside = 文件在一个元素的中间就结束了

## lawrpt diff：正文以外的字样（终端、Markdown、--stat 用本次运行的语言；HTML 网页用报告的字体）

diff-preamble = 开头段落
diff-unchanged = 未改动
diff-status = { $status ->
        [added] 新增
        [removed] 删除
       *[changed] 有改动
    }
diff-reworded = 标题改写，原为 { $was }
diff-moved = 位置移动，原为 { $was }
diff-note-separator = ；
diff-point-unchanged = { $first }……（未改动）
diff-point-moved = （由 { $from } 移来）
diff-point-reordered = （移动了位置，原为{ $was }）
diff-point-status = （{ $status ->
        [added] 新增
       *[removed] 删除
    }）
diff-figure-was = { $label }（原为 { $was }）
diff-figures = 数字
diff-figures-between = 数字（{ $old } → { $new }）
diff-figures-one-year = 只在一个年度出现的数字
diff-figure-in-year = { $value }（{ $year } 年度）
diff-figure-label = 项目
diff-figure-change = 变化
diff-stat-name = { $level ->
        [parts] 部分
        [sections] 节
        [points] 要点
        [sentences] 句子
       *[figures] 数字
    }
diff-stat-counts = 新增 { $added }，删除 { $removed }，改动 { $changed }，移动 { $moved }
diff-stat-sentences = 沿用 { $carried }，改写 { $changed }，新增 { $added }，删除 { $removed }
diff-stat-figures = 改动 { $changed }，新增 { $added }，删除 { $removed }

## 发布的网页上报告以外的字样（按网页的字体；zh-Hant 由 build.rs 转换，“# zh-Hant:”一行给出不宜逐字转换的词）

page-contents = 目录
page-skip = 跳到正文
page-all-years = 全部年度
page-year-suffix = 年
page-year = 年度
page-formats = 其他格式
# zh-Hant: page-plain-text = 純文字
page-plain-text = 纯文本
page-warnings = 条检查提示
page-no-reports = 尚无报告
page-compared = 与上年对比
page-switch-script = 简繁切换
page-site-title = 法治政府建设年度报告

## lawrpt serve：边写边预览（帮助、终端里的提示、网页上错误浮层和“找不到页面”的字样，按本次运行的语言）

cli-serve-about = 起草时在浏览器中预览网站：每次保存，重新生成改动的部分，页面自动刷新
cli-serve-year = 正在起草的年度：显示（和打开）的地址是这一年度的页面［默认：列出所有年度的页面］
cli-serve-port = 使用的端口；写 0 由系统选一个空闲的端口［默认：3000；被占用时改用其后第一个空闲的端口］
cli-serve-bind = 监听的地址［默认：127.0.0.1，只有本机能访问］
cli-serve-open = 用默认浏览器打开页面（环境变量 BROWSER 可指定其他浏览器）
cli-value-port = 端口
cli-value-address = 地址
serve-one-project = `lawrpt serve` 一次只能预览一个项目，但 --project 指定了多个
hint-serve-one-project = 请只写一个 --project；要同时预览另一个项目，可在它的文件夹中另开一个 `lawrpt serve`
locked = 另一个 lawrpt 正在写入 { $out }，而 --no-wait 要求不等待
hint-locked = 请待它完成后再运行，或去掉 --no-wait 以等待它；已结束的 lawrpt（无论怎样结束）不会留下锁：进程结束时系统即释放
interrupted = 已中断：尚未写入的文件保持原样；已写入的文件都是完整的，没有留下临时文件
hint-interrupted = 再运行一次同一命令即可完成：已写好的文件会被跳过
build-waiting = 等待中：另一个 lawrpt 正在写入 { $out }，待它写完后继续
lock-unsupported = 警告：此处无法锁定 { $out }（{ $detail }）：若另一个 lawrpt 同时写入，将无法察觉
listen-failed = 无法在 { $address } 上监听：{ $kind ->
        [addr-in-use] 端口已被其他程序占用
        [addr-not-available] 本机没有这个地址
        [permission-denied] 没有权限（1024 以下的端口需要管理员权限）
       *[other] { $detail }
    }
ports-taken = { $host } 上的端口 { $first }–{ $last } 都已被占用
hint-ports-taken = 请指定一个空闲的端口，例如 `lawrpt serve --port 8080`，或关闭另一个正在运行的 `lawrpt serve`
hint-listen = 请用 --port 换一个端口，或用 --bind 换一个地址
watch-failed = 无法监视 { $path } 的改动：{ $detail }
hint-watch = 在 Linux 上，一个用户能监视的文件夹数量由 fs.inotify.max_user_watches 决定：请调大它（`sudo sysctl fs.inotify.max_user_watches=524288`），或关闭其他监视大量文件的程序
serve-listening = 正在预览 { $project }：{ $url }
serve-port-taken = 端口 { $wanted } 已被占用，改用 { $port }
serve-not-loopback = { $address } 不是本机自用的地址（127.0.0.1）：网络上能访问到它的人，都能看到正在起草的报告
serve-watching = 正在监视 reports/、templates/ 和 lawrpt.toml：每次保存都会重新生成并刷新页面。按 Ctrl-C 停止。
serve-built = 已生成 { $count } 个年度，用时 { $ms } 毫秒
serve-rebuilt = 已重新生成 { $years }，用时 { $ms } 毫秒
serve-failed = 有 { $errors } 个错误：页面上显示这些错误，错误下面是上次成功生成的版本
serve-unchanged = 没有需要重新生成的年度（{ $ms } 毫秒）
serve-no-pdf = lawrpt.toml 要求生成 PDF：预览时不生成（每个 PDF 要一秒以上），`lawrpt build` 会生成
serve-open-failed = 无法打开浏览器（{ $detail }）：请自己在浏览器中打开 { $url }
serve-watch-error = 有改动未能监视到：{ $detail }
serve-stopped = 已停止预览，预览用的文件已删除
serve-overlay-errors = 有 { $errors } 个错误，下面显示的是上次成功生成的版本
serve-overlay-warnings = { $warnings } 个警告
serve-overlay-fix = 请改正文件后保存，本页会自动刷新。
serve-overlay-hide = 隐藏
serve-overlay-show = 显示
serve-not-found-title = 预览中没有这个页面
serve-not-found = 预览中没有 { $path } 这个页面。
serve-not-found-failed = 如果这是某一年度的页面，它可能还没有成功生成过：原因见下面的消息。
serve-back = 全部年度
serve-method = lawrpt serve 只接受 GET 和 HEAD 请求
serve-url-too-long = 请求的地址超过 { $limit } 字节：预览中没有这样的网页地址。

## -v（--verbose）：lawrpt 读取、判断和写出了什么

detail-took = { $line }，用时 { $ms } 毫秒
detail-unchanged = 自上次生成以来没有变化（报告、lawrpt.toml、模板和 lawrpt 本身都相同）：未重新生成，用时 { $ms } 毫秒
detail-wrote = 已写入 { $path }
detail-run = { $years } 个年度，用时 { $ms } 毫秒，{ $threads } 个线程
detail-import-read = 已读取 { $file }：{ $paragraphs } 个段落，{ $encoding }{ $word ->
    [yes] ，已接受修订
   *[no] {""}
}
detail-import-check = `lawrpt check { $year }` 在导入的报告中发现：
detail-new-place = { $path }:{ $line }:{ $column }：待填写的 { $mark }
detail-diff-side = { $side }：{ $file }（{ $kind }）
detail-diff-kind-yaml = YAML 格式的报告
detail-diff-kind-word = Word 文件，已接受修订
detail-diff-took = 比较用时 { $ms } 毫秒
detail-serve-request = { $method } { $url } → { $status }，用时 { $ms } 毫秒

## The progress bar of a long build, on a terminal (indicatif fills in {pos}, {len} and {msg}: the year)

progress-years = 第 {"{"}pos{"}"}/{"{"}len{"}"} 个年度 {"{"}msg{"}"}

## lawrpt schema：编辑器检查报告所依据的 JSON Schema（每条说明先用本次运行的语言，再用另一种语言），以及 new 和 import 在 reports/ 旁写的文件

cli-schema-about = 输出 reports/年度.yaml 的 JSON Schema，供编辑器（VS Code 的 YAML 扩展）使用：每个键、它的类型和含义
cli-schema-output = 写入这个文件，不输出到标准输出，例如项目根目录下的 lawrpt.schema.json（报告第一行指向它）
schema-written = 已写入 { $path }，编辑器据此检查报告（升级 lawrpt 后，请用 `lawrpt schema -o { $path }` 更新）
schema-title = 法治政府建设情况报告（lawrpt，reports/年度.yaml）
schema-comment = 由 `lawrpt schema` 生成；升级 lawrpt 后，请用 `lawrpt schema -o lawrpt.schema.json` 更新。每个键的说明见 FORMAT.zh-Hans.md。
schema-mapping-report = 一个年度的法治政府建设情况报告。部分、节、项、子项和要点的序号由 lawrpt 生成，不要手写 一、（一）1.（1）一是。
schema-mapping-part = 报告的一个部分，由 lawrpt 编为 一、二、
schema-mapping-section = 一节，由 lawrpt 编为 （一）（二）
schema-mapping-item = 一项，由 lawrpt 编为 1. 2.
schema-mapping-subitem = 一个子项，由 lawrpt 编为 （1）（2）
schema-mapping-point = 一个要点，由 lawrpt 编为 一是、二是：只写一段文字，或写引领句（`lead`）和正文（`body`）
schema-mapping-indicator = 供 `lawrpt diff` 逐年对比的一个数字
schema-key-year = 报告所述的年度，与文件名相同（2025 年公布的 2024 年度报告写 2024）；写数字，不加引号
schema-key-authority = 发布报告的政府或部门，如 西安市高陵区人民政府，显示在文末落款处
schema-key-title = 报告的标题；不写时按 lawrpt.toml 中的 `title` 格式生成
schema-key-issued = 印发日期，写作 YYYY-MM-DD（如 2025-03-28）：在本年度 12 月 31 日之后，不晚于次年 3 月 31 日（第二十四条：4 月 1 日前公开）
schema-key-preamble = 一、之前的开头段落：Markdown，宜写成 `|-` 块
schema-key-parts = 报告的各部分，按督察工作规定的顺序：measures、shortcomings、leadership、plans、other
schema-key-indicators = 供 `lawrpt diff` 与其他年度对比的数字；不在报告中显示
schema-key-role = 这一部分是什么（不论标题怎么写）：督察工作规定要求报告的内容之一
schema-key-heading = { $level ->
        [part] 这一部分的标题，写在一行内，不写序号：lawrpt 自动编为 一、二、
        [section] 这一节的标题，写在一行内，不写序号：lawrpt 自动编为 （一）（二）
        [item] 这一项的标题，写在一行内，不写序号：lawrpt 自动编为 1. 2.
       *[other] 这一子项的标题，写在一行内，不写序号：lawrpt 自动编为 （1）（2）
    }
schema-key-body = { $level ->
        [part] 这一部分
        [section] 这一节
        [item] 这一项
       *[other] 这一子项
    }的正文，在标题之后：Markdown（可用加粗、列表、表格），宜写成 `|-` 块
schema-key-points = { $level ->
        [part] 这一部分
        [section] 这一节
        [item] 这一项
       *[other] 这一子项
    }的要点，由 lawrpt 编为 一是、二是：每个要点是一段文字，或引领句（`lead`）和正文（`body`）
schema-key-sections = 这一部分下的节，由 lawrpt 编为 （一）（二）
schema-key-items = 这一节下的项，由 lawrpt 编为 1. 2.
schema-key-subitems = 这一项下的子项，由 lawrpt 编为 （1）（2）
schema-key-lead = 要点的引领句，写在一行内，在 HTML 和 Markdown 中加粗；请以“。”结尾
schema-key-point-body = 引领句之后的正文，一段
schema-key-indicator-id = 每年保持不变的名称，使 `lawrpt diff` 能配对数字，如 review.accepted
schema-key-indicator-label = 这个数字统计的是什么，如 受理行政复议案件
schema-key-indicator-value = 数字本身，如 159 或 98.6（不要写成 "159" 或 98.6%）
schema-key-indicator-unit = 单位，如 件 或 %
schema-role = { $role ->
        [measures] 上一年度推进法治政府建设的主要举措和成效；必须有
        [shortcomings] 上一年度推进法治政府建设存在的不足和原因；必须有
        [leadership] 上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况；没有时给出警告
        [plans] 下一年度推进法治政府建设的主要安排；必须有
       *[other] 其他需要报告的情况；可以有多个
    }
