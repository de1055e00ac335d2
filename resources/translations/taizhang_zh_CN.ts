<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>tz</name>
    <message>
        <source>The server&apos;s starting copy arrived damaged; it will be fetched again. Nothing here was lost.</source>
        <translation type="vanished">服务器的初始副本传输中损坏，将重新下载。本机数据未丢失。</translation>
    </message>
</context>
<context>
    <name>tz::Assessment</name>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="30"/>
        <source>The assessment rules are not right: %1</source>
        <translation>考评规则有误：%1</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="58"/>
        <source>Not accepted within 24 hours of dispatch</source>
        <translation>派单后 24 小时内未接单</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="61"/>
        <source>Resolved after the deadline</source>
        <translation>超过办理期限才办结</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="63"/>
        <source>Registered in the period and not resolved</source>
        <translation>期间内受理、尚未办结</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="66"/>
        <source>Resolved at township level or below</source>
        <translation>在乡镇（街道）及以下办结（属地解决）</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="68"/>
        <source>Resolved in the village</source>
        <translation>在村（社区）办结</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="70"/>
        <source>Unsatisfied at the follow-up</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="72"/>
        <source>Satisfied at the follow-up</source>
        <translation>回访满意</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="74"/>
        <source>Reopened after the follow-up</source>
        <translation>回访后重办</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="92"/>
        <source>Response</source>
        <extracomment>The response stage of a case (响应: accepting what was dispatched)</extracomment>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="95"/>
        <source>Handling</source>
        <extracomment>The handling stage (办理)</extracomment>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="97"/>
        <source>Feedback</source>
        <extracomment>The feedback stage (反馈: the citizen&apos;s answer)</extracomment>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="122"/>
        <source>Good</source>
        <extracomment>Unit rating 好</extracomment>
        <translation>好</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="125"/>
        <source>Fairly good</source>
        <extracomment>Unit rating 较好</extracomment>
        <translation>较好</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="130"/>
        <source>Average</source>
        <extracomment>Unit rating 一般</extracomment>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="153"/>
        <source>a name of 1 to 80 characters is needed.</source>
        <translation>需要 1 至 80 个字的名称。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="155"/>
        <source>the full score must be above 0 and at most 1,000.</source>
        <translation>满分须大于 0，且不超过 1000。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="158"/>
        <source>the lowest score for 较好 must not be above the one for 好, nor that above the full score.</source>
        <translation>“较好”的最低分不能高于“好”的最低分，“好”的最低分不能高于满分。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="162"/>
        <source>1 to 50 rules are needed.</source>
        <translation>需要 1 至 50 条规则。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="175"/>
        <source>rule %1 needs a description of 1 to 60 characters.</source>
        <translation>第 %1 条规则需要 1 至 60 个字的说明。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="181"/>
        <source>rule &quot;%1&quot; counts something this program does not know.</source>
        <translation>规则“%1”统计的内容本程序无法识别。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="185"/>
        <source>rule &quot;%1&quot; needs points between -100 and 100 per case and a limit of 0 to 1,000.</source>
        <translation>规则“%1”每件分值须在 -100 至 100 之间，上限须在 0 至 1000 之间。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="245"/>
        <source>Only an administrator may change the assessment rules.</source>
        <translation>只有管理员可以修改考评规则。</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="264"/>
        <source>The saved rules cannot be read back.</source>
        <translation>已保存的规则无法读回。</translation>
    </message>
</context>
<context>
    <name>tz::AssessmentView</name>
    <message>
        <source>&amp;Rules:</source>
        <translation type="vanished">规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Rule &amp;set:</source>
        <translation type="vanished">考评规则(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="53"/>
        <source>&amp;Edit the rules…</source>
        <translation>编辑规则(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="57"/>
        <source>Only an administrator may change the rules.</source>
        <translation>只有管理员可以修改规则。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="67"/>
        <source>These are the rules shipped with the program: an example after 廊坊&apos;s and 河池&apos;s stages (response, handling, feedback), not your county&apos;s rules. An administrator adapts them under 编辑规则 and saves them as a new version.</source>
        <translation>当前是程序自带的示例规则：参照廊坊、河池按响应、办理、反馈环节考评的做法拟定，并非本地的考评办法。请管理员在“编辑规则”中按本地办法修改，另存为新版本。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="82"/>
        <source>Click a rule&apos;s cell to list the cases it counted for that unit.</source>
        <translation>单击某条规则所在格，下方列出该单位被计入的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="95"/>
        <source>%1 · 考评 · %2</source>
        <translation>%1 · 考评 · %2</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <extracomment>The rule set shipped with the program, in the 考评 picker</extracomment>
        <translation type="vanished">%1（示例）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="48"/>
        <source>Ru&amp;le set:</source>
        <translation>考评规则(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="115"/>
        <source>%1 · version %2 · %3</source>
        <extracomment>A saved version of the 考评 rules: its name, number and the day it was saved</extracomment>
        <translation>%1 · 第 %2 版 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="158"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="158"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="158"/>
        <source>Rating</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="161"/>
        <source>%1: %2
%3 a case%4</source>
        <extracomment>A 考评 rule&apos;s column: its stage, words, and points per case with the limit</extracomment>
        <translation>%1：%2
每件 %3 分%4</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="163"/>
        <source>, at most %1</source>
        <translation>，上限 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="180"/>
        <source>%1 · %2</source>
        <extracomment>A 考评 cell: cases counted and the points they make</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="186"/>
        <source>Good %1 · Fairly good %2 · Average %3 (Good from %4, Fairly good from %5 of %6)</source>
        <translation>好 %1 个 · 较好 %2 个 · 一般 %3 个（满分 %6，%4 分及以上为好，%5 分及以上为较好）</translation>
    </message>
</context>
<context>
    <name>tz::Attachments</name>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="34"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="36"/>
        <source>%1 is larger than 25 MB: scan it at a lower resolution or attach fewer pages.</source>
        <translation>%1 超过25 MB：请降低扫描分辨率，或少附几页。</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="41"/>
        <location filename="../../core/cases/attachmentstore.cpp" line="72"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="45"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="55"/>
        <location filename="../../core/cases/attachmentstore.cpp" line="65"/>
        <location filename="../../core/cases/attachmentstore.cpp" line="76"/>
        <source>Cannot write into %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="83"/>
        <source>Cannot write into %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tz::Calendar</name>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="36"/>
        <source>Only an administrator may change the work calendar.</source>
        <translation>只有管理员可以修改工作日历。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="118"/>
        <source>Only an administrator may change deadlines.</source>
        <translation>只有管理员可以修改办理时限。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="121"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>单位 %1 不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="126"/>
        <source>The default deadline holds for every unit: set one for your unit (%1) instead.</source>
        <translation>默认办理时限适用于所有单位：请改为给本单位（%1）设置。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="130"/>
        <source>A deadline is 0 to 365 working days, and 0 for an Immediate case.</source>
        <translation>办理时限为 0 至 365 个工作日，即办事项为 0。</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="83"/>
        <source>Only an administrator may change settings.</source>
        <translation>只有管理员可以修改设置。</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="102"/>
        <source>A setting has a name and a value of at most 200 characters.</source>
        <translation>设置项须有名称，值不超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="35"/>
        <source>The header must name the columns date,kind,name.</source>
        <translation>表头须包含列：date,kind,name。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="47"/>
        <source>&quot;%1&quot; is not a date of the form 2026-01-01.</source>
        <translation>“%1”不是 2026-01-01 格式的日期。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="59"/>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up workday.</source>
        <translation>%1 是工作日：只有周六或周日才能作为调休上班日。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="67"/>
        <source>kind &quot;%1&quot; must be holiday or workday.</source>
        <translation>类型“%1”必须是 holiday 或 workday。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="73"/>
        <source>the name may have at most 40 characters.</source>
        <translation>名称不能超过 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="78"/>
        <source>%1 appears twice (first on line %2).</source>
        <translation>%1 重复出现（首次在第 %2 行）。</translation>
    </message>
</context>
<context>
    <name>tz::CaseAction</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="91"/>
        <source>register</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="93"/>
        <source>resolve on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="94"/>
        <source>dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="95"/>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="96"/>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="97"/>
        <source>add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="99"/>
        <source>request materials</source>
        <translation>要求补充材料</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="101"/>
        <source>record materials received</source>
        <translation>登记材料已补齐</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="102"/>
        <source>escalate</source>
        <translation>提级</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="103"/>
        <source>resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="105"/>
        <source>answer as co-handler</source>
        <translation>协办答复</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="106"/>
        <source>follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="107"/>
        <source>reopen</source>
        <translation>重办</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="108"/>
        <source>close</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="109"/>
        <source>supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="111"/>
        <source>review conflicts</source>
        <translation>核对冲突</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="113"/>
        <source>link to a recurring issue</source>
        <translation>关联到举一反三事项</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="115"/>
        <source>resolve with its recurring issue</source>
        <translation>随举一反三事项办结</translation>
    </message>
</context>
<context>
    <name>tz::CaseActionBar</name>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="276"/>
        <source>End supervision</source>
        <translation>取消督办</translation>
    </message>
</context>
<context>
    <name>tz::CaseActionDialog</name>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="34"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="36"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="38"/>
        <source>Materials needed:</source>
        <translation>所需材料：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="41"/>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="43"/>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="45"/>
        <source>What the citizen said:</source>
        <translation>群众意见：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="47"/>
        <source>Supervision note:</source>
        <translation>督办意见：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="49"/>
        <source>What was decided:</source>
        <translation>核对结论：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="63"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="67"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="68"/>
        <source>device …%1</source>
        <translation>设备…%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="99"/>
        <source>Lead unit:</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="100"/>
        <source>Department:</source>
        <translation>责任部门：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="121"/>
        <source>Co-handlers (联办):</source>
        <translation>协办单位（联办）：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="129"/>
        <source>Decided on another computer at the same time and not applied (the case shows the decision that came first):&lt;br&gt;%1</source>
        <translation>以下决定是其他电脑同时作出的，未生效（事项按先作出的决定办理）：&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="143"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="170"/>
        <source>(the unit itself)</source>
        <translation>（本单位）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="246"/>
        <source>This step cannot be taken here.</source>
        <translation>此处不能进行这一步。</translation>
    </message>
</context>
<context>
    <name>tz::CaseEvent</name>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="12"/>
        <source>Registered</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="13"/>
        <source>Dispatched</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="14"/>
        <source>Accepted</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="15"/>
        <source>Work started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="16"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="17"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="18"/>
        <source>Materials requested (clock paused)</source>
        <translation>要求补充材料（计时暂停）</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="19"/>
        <source>Materials received (clock resumed)</source>
        <translation>材料已补齐（恢复计时）</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="20"/>
        <source>Escalated</source>
        <translation>提级</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="21"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="22"/>
        <source>Co-handler answered</source>
        <translation>协办单位答复</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="23"/>
        <source>Followed up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="24"/>
        <source>Reopened</source>
        <translation>重办</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="25"/>
        <source>Closed</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="26"/>
        <source>Supervision changed</source>
        <translation>督办状态变更</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="27"/>
        <source>Conflicting decisions reviewed</source>
        <translation>已核对冲突决定</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="28"/>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="29"/>
        <source>Linked to a recurring issue (举一反三)</source>
        <translation>关联到举一反三事项</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="31"/>
        <source>Resolved with its recurring issue (举一反三)</source>
        <translation>随举一反三事项一并办结</translation>
    </message>
</context>
<context>
    <name>tz::CaseField</name>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="47"/>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="49"/>
        <source>Request</source>
        <translation>诉求事项</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="51"/>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="53"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="55"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="57"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="59"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="61"/>
        <source>Registered</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="63"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="65"/>
        <location filename="../../core/cases/casefields.cpp" line="112"/>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="100"/>
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="102"/>
        <source> (waiting for materials)</source>
        <translation>（待补材料）</translation>
    </message>
</context>
<context>
    <name>tz::CaseImport</name>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="33"/>
        <source>Registered on</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="35"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="37"/>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="39"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="41"/>
        <source>Class</source>
        <translation>办理类别</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="43"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="45"/>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="47"/>
        <source>Citizen</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="49"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="50"/>
        <source>Resolved on</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="52"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="159"/>
        <source>The saved mapping takes “%1” from a column “%2” this file does not have.</source>
        <translation>保存的对应关系要从“%2”列读取“%1”，但这个文件没有这一列。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="277"/>
        <source>The registration date is empty.</source>
        <translation>受理时间为空。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="278"/>
        <source>“%1” is not a date (write 2025-03-04 or 2025-03-04 14:30).</source>
        <translation>“%1”不是日期（请写成 2025-03-04 或 2025-03-04 14:30）。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="295"/>
        <source>No single unit is called “%1”: write its division code or township and village.</source>
        <translation>找不到唯一名为“%1”的单位：请写区划代码，或写成“乡镇/村”。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="301"/>
        <source>The row names no unit and no default unit was chosen.</source>
        <translation>这一行没有写单位，也没有选择默认单位。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="310"/>
        <source>“%1” is not in the service catalog.</source>
        <translation>“%1”不在服务事项清单中。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="320"/>
        <source>“%1” is not a class (即办, 快办, 分办 or 联办).</source>
        <translation>“%1”不是办理类别（即办、快办、分办或联办）。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="340"/>
        <source>“%1” is not a date of resolution.</source>
        <translation>“%1”不是有效的办结时间。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="345"/>
        <source>The row is resolved on %1 but says nothing of what was done.</source>
        <translation>这一行写了办结时间 %1，但没有写办理结果。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="363"/>
        <source>The same case (date, request and unit) is on an earlier line.</source>
        <translation>前面的行里已有同一事项（受理时间、诉求和单位都相同）。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="371"/>
        <source>Already in the ledger as case %1.</source>
        <translation>台账中已有此事项：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/caseimport.cpp" line="397"/>
        <source>%n row(s) cannot be imported (the first on line %1: %2); nothing was imported.</source>
        <translation>
            <numerusform>有 %n 行无法导入（第一处在第 %1 行：%2）；本次没有导入任何事项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="404"/>
        <source>No row of the file can be imported.</source>
        <translation>文件中没有可以导入的行。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="414"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="415"/>
        <source>Why not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="431"/>
        <source>%1 (the case registered %2)</source>
        <translation>%1（受理时间为 %2 的事项）</translation>
    </message>
</context>
<context>
    <name>tz::CaseListModel</name>
    <message>
        <source> (overdue)</source>
        <translation type="vanished">（超期）</translation>
    </message>
    <message>
        <source> (waiting for materials)</source>
        <translation type="vanished">（待补材料）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="vanished">受理编号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="vanished">诉求事项</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="vanished">群众</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">单位</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="vanished">受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">办理时限</translation>
    </message>
</context>
<context>
    <name>tz::CaseQueue</name>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="11"/>
        <source>To dispatch</source>
        <translation>待派单</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="13"/>
        <source>Returned</source>
        <translation>被退回</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="15"/>
        <source>To accept</source>
        <translation>待接单</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="17"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="19"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="21"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="23"/>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
</context>
<context>
    <name>tz::CaseState</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="61"/>
        <source>Registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="62"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="63"/>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="64"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="65"/>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="66"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="67"/>
        <source>Closed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="68"/>
        <source>Reopened</source>
        <translation>重办中</translation>
    </message>
</context>
<context>
    <name>tz::Cases</name>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="59"/>
        <source>Only an Immediate (即办) case can be resolved on the spot; this one is %1.</source>
        <translation>只有即办事项可以当场办结；本事项为“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="63"/>
        <location filename="../../core/cases/caseservice.cpp" line="165"/>
        <source>Only a Joint (联办) case has co-handlers.</source>
        <translation>只有联办事项才有协办单位。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="65"/>
        <source>This case is not waiting for materials.</source>
        <translation>本事项没有在等待补充材料。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="67"/>
        <source>This case has no conflicting decisions to review.</source>
        <translation>该事项没有需要核对的冲突决定。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="69"/>
        <source>This case is already waiting for materials.</source>
        <translation>本事项已在等待补充材料。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="71"/>
        <source>This case is %1: it cannot %2 now.</source>
        <extracomment>%1 is a case state such as &quot;Resolved&quot;, %2 an action such as &quot;accept&quot;</extracomment>
        <translation>本事项当前状态为“%1”，现在不能%2。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="115"/>
        <source>Only a supervisor reviews conflicting decisions.</source>
        <translation>只有督查员可以核对冲突的处理决定。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="117"/>
        <source>A %1 may not %2 a case.</source>
        <extracomment>%1 is a role such as &quot;Grid worker&quot;, %2 an action such as &quot;accept&quot;</extracomment>
        <translation>%1无权对事项进行“%2”操作。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casechecks.h" line="22"/>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casechecks.h" line="25"/>
        <source>%1 may have at most %2 characters (it has %3).</source>
        <translation>%1不能超过 %2 个字符（现有 %3 个）。</translation>
    </message>
    <message>
        <location filename="../../core/cases/casechecks.h" line="33"/>
        <source>%1 holds a control character; retype it.</source>
        <translation>%1含有控制字符，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="56"/>
        <location filename="../../core/cases/caseservice.cpp" line="171"/>
        <source>There is no unit with code %1.</source>
        <translation>没有代码为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="60"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>单位 %1 不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="71"/>
        <source>Say in short what the citizen asks, or pick a service item.</source>
        <translation>请简要填写群众诉求，或选择服务事项。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="75"/>
        <source>The request</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="78"/>
        <source>The description</source>
        <translation>详细描述</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="81"/>
        <location filename="../../core/cases/caseservice.cpp" line="317"/>
        <location filename="../../core/cases/caseservice.cpp" line="333"/>
        <source>The result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="86"/>
        <source>The root cause</source>
        <translation>问题根源</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="89"/>
        <source>A recurring issue (举一反三) joins at least two cases.</source>
        <translation>举一反三至少要关联两件事项。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="96"/>
        <source>A 举一反三 case goes to the unit that fixes the cause: dispatch it.</source>
        <translation>举一反三事项要派给能从根源上解决的单位，不能当场办结，请派单。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="264"/>
        <source>Type the new resident&apos;s name, or pick a resident from the list.</source>
        <translation>请填写新群众的姓名，或从列表中选择群众。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="66"/>
        <source>There is no such catalog item.</source>
        <translation>没有这个服务事项。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="105"/>
        <source>Choose a handling class (即办, 快办, 分办 or 联办).</source>
        <translation>请选择办理类别（即办、快办、分办或联办）。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="110"/>
        <source>The citizen&apos;s name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="116"/>
        <source>There is no such resident.</source>
        <translation>没有这位群众的档案。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="132"/>
        <source>The registration time is in the future.</source>
        <translation>受理时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="138"/>
        <source>Only an Immediate (即办) case can be resolved on the spot.</source>
        <translation>只有即办事项可以当场办结。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="146"/>
        <source>Say what was done to resolve it on the spot.</source>
        <translation>请填写当场办结的办理结果。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="161"/>
        <source>Write what was done to resolve it.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="152"/>
        <source>Only a case entered afterwards (补录) is saved as resolved.</source>
        <translation>只有补录的事项才能直接登记为已办结。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="156"/>
        <source>The resolution date is before the registration or in the future.</source>
        <translation>办结时间早于受理时间，或晚于现在。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="169"/>
        <source>A deadline is 0 to 365 working days.</source>
        <translation>办理时限为 0 至 365 个工作日。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="109"/>
        <source>Case %1 is handled by %2, outside your part of the org tree.</source>
        <translation>事项 %1 由 %2 办理，不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="116"/>
        <source>Case %1 was dispatched to another department.</source>
        <translation>事项 %1 已派给其他部门。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="29"/>
        <location filename="../../core/cases/caseservice.cpp" line="140"/>
        <source>There is no case numbered %1.</source>
        <translation>没有受理编号为 %1 的事项。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="32"/>
        <source>Case %1 is itself a 举一反三 case.</source>
        <translation>事项 %1 本身就是举一反三事项。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="35"/>
        <source>Case %1 already belongs to the 举一反三 case %2.</source>
        <translation>事项 %1 已关联到举一反三事项 %2。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="41"/>
        <source>Case %1: %2</source>
        <extracomment>%1 is a case number, %2 why it cannot be linked</extracomment>
        <translation>事项 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="159"/>
        <source>A Joint (联办) case needs at least one co-handler besides the lead unit.</source>
        <translation>联办事项除牵头单位外，至少需要一个协办单位。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="175"/>
        <source>%1 is outside your part of the org tree: escalate the case instead.</source>
        <translation>%1 不在您的管辖范围内：请改为提级办理。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="182"/>
        <source>That department does not belong to %1.</source>
        <translation>该部门不属于 %1。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="190"/>
        <source>The handler must be an active handler of %1.</source>
        <translation>承办人必须是 %1 的在岗承办人。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="222"/>
        <location filename="../../core/cases/caseservice.cpp" line="290"/>
        <location filename="../../core/cases/caseservice.cpp" line="401"/>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="242"/>
        <location filename="../../core/cases/caseservice.cpp" line="421"/>
        <location filename="../../core/cases/caseservice.cpp" line="434"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="258"/>
        <source>The materials needed</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="297"/>
        <source>The case is already at the top of the org tree.</source>
        <translation>本事项已在最高层级，无法继续提级。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="301"/>
        <source>The unit above %1 is not in the ledger.</source>
        <translation>台账中没有 %1 的上级单位。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="339"/>
        <source>Co-handler %1 has not answered yet; the lead resolves a Joint case after every co-handler&apos;s answer.</source>
        <translation>协办单位 %1 尚未答复；联办事项须在所有协办单位答复后由牵头单位办结。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="358"/>
        <source>The answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="374"/>
        <source>You are not a co-handler of case %1.</source>
        <translation>您不是事项 %1 的协办单位。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="383"/>
        <source>The remark</source>
        <translation>回访意见</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="461"/>
        <source>The file name</source>
        <translation>文件名</translation>
    </message>
</context>
<context>
    <name>tz::CasesPage</name>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="60"/>
        <location filename="../../ui/cases/casespage.cpp" line="319"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="76"/>
        <source>Search: words of the request, case number…</source>
        <translation>搜索：诉求内容、受理编号……</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="80"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="85"/>
        <source>Newest first</source>
        <translation>最新受理在前</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="86"/>
        <source>Oldest first</source>
        <translation>最早受理在前</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="87"/>
        <source>Nearest deadline first</source>
        <translation>期限最近在前</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="88"/>
        <source>A search lists its matches newest first.</source>
        <translation>搜索结果按最新在前排列。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="91"/>
        <location filename="../../ui/cases/casespage.cpp" line="477"/>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="95"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="vanished">导出CSV</translation>
    </message>
    <message>
        <source>Writes every case the list shows (not just the rows on screen) for Excel.</source>
        <translation type="vanished">导出列表中的全部事项（不只是屏幕上的行），可用Excel打开。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="110"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="47"/>
        <source>Drop photos or scans here to attach them to this case.</source>
        <translation>把照片或扫描件拖到这里，即可附到本事项。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="37"/>
        <source>Case list, %1, printed by %2</source>
        <extracomment>The title of a printed case list: when and who</extracomment>
        <translation>事项清单（%1，%2 打印）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="47"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="65"/>
        <source>cases-%1.xlsx</source>
        <translation>事项-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="145"/>
        <source>This computer does not hold that file.</source>
        <translation>本机没有这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="46"/>
        <source>Add attachment…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="100"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="101"/>
        <source>Writes every case the list shows (not just the rows on screen) to an Excel workbook or a CSV file.</source>
        <translation>导出列表中的全部事项（不只是屏幕上的行），可存为 Excel 工作簿或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="106"/>
        <source>&amp;Import…</source>
        <extracomment>Enter an old case ledger kept in Excel (旧台账) as cases</extracomment>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="108"/>
        <source>Enters an old case ledger kept in Excel (saved as CSV) as cases entered afterwards (补录).</source>
        <translation>把用 Excel 记的旧台账（另存为 CSV）补录为事项。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="48"/>
        <source>Photos or scans of the citizen&apos;s papers; or drop files on the case.</source>
        <translation>群众材料的照片或扫描件；也可以把文件拖到事项上。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="60"/>
        <source>Attach files to the case</source>
        <translation>为事项添加附件</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="61"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="167"/>
        <source>No program on this computer opens this file; it is kept at %1.</source>
        <translation>本机没有能打开此文件的程序；文件保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="183"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="184"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="189"/>
        <source>Import an old case ledger</source>
        <translation>导入旧台账</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="189"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="217"/>
        <source>Pick a village first: grids belong to villages.</source>
        <translation>请先选择村（社区）：网格隶属于村。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="225"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="227"/>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="229"/>
        <source>Registered from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="240"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="246"/>
        <source>C&amp;lass:</source>
        <translation>类别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="248"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="250"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="252"/>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="254"/>
        <source>Ca&amp;talog item:</source>
        <translation>服务事项(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="259"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="405"/>
        <source>No case matches. Clear the search or the filters to see more.</source>
        <translation>没有符合条件的事项。清空搜索或筛选可以看到更多。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="477"/>
        <source>&amp;Filters (%1)</source>
        <translation>筛选(&amp;F)（%1）</translation>
    </message>
    <message>
        <source>cases-%1.csv</source>
        <translation type="vanished">事项-%1.csv</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation type="vanished">导出列表为CSV</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="69"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="71"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="88"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="105"/>
        <source>Exported from the ledger on %1 by %2</source>
        <extracomment>The first line of an exported case list&apos;s Excel sheet: when and who.</extracomment>
        <translation>%1 由 %2 从民情台账导出</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="109"/>
        <source>Exporting the cases…</source>
        <translation>正在导出事项……</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="116"/>
        <source>The export did not finish.</source>
        <translation>导出未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="118"/>
        <source>Conflicting decisions, not applied (a supervisor reviews them):</source>
        <translation>冲突的处理决定（未生效，待督查员核对）：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="131"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="133"/>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="135"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="136"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="137"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="138"/>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="139"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="143"/>
        <source>Full ID number…</source>
        <translation>查看完整身份证号…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="144"/>
        <source>Full phone…</source>
        <translation>查看完整电话…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="145"/>
        <source>Registered</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="147"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="150"/>
        <source>Root cause</source>
        <translation>问题根源</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="154"/>
        <source>Cases it fixes</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="158"/>
        <source>举一反三 case</source>
        <translation>举一反三事项</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="160"/>
        <source>Resolved</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="162"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="165"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="42"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="98"/>
        <source>(on the server: fetched when opened)</source>
        <translation>（在服务器上，打开时下载）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="168"/>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="152"/>
        <source>Fetching the attachment from the server…</source>
        <translation>正在从服务器下载附件…</translation>
    </message>
    <message>
        <source>The connection to the server has expired: sync (Ctrl+Shift+S), then open the file again.</source>
        <translation type="vanished">与服务器的连接已过期：请先同步（Ctrl+Shift+S），再打开该文件。</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="vanished">：%1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="vanished">本机</translation>
    </message>
    <message>
        <source>device …%1</source>
        <translation type="vanished">设备 …%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="129"/>
        <source>Attached: %1</source>
        <translation>已添加附件：%1</translation>
    </message>
</context>
<context>
    <name>tz::Catalog</name>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="37"/>
        <source>Done at once</source>
        <translation>即办事项</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="39"/>
        <source>Done on the citizen&apos;s behalf</source>
        <translation>代办事项</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="41"/>
        <source>Advice</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="63"/>
        <source>the name must have 1 to 60 characters</source>
        <translation>名称须为 1 至 60 个字符</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="65"/>
        <source>the department must have 1 to 40 characters</source>
        <translation>责任部门须为 1 至 40 个字符</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="67"/>
        <source>the deadline must be 0 to 365 working days</source>
        <translation>办理时限须为 0 至 365 个工作日</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="69"/>
        <source>an Immediate item is done the same day: its deadline is 0</source>
        <translation>即办事项当天办结：时限应为 0</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="88"/>
        <location filename="../../core/catalog/catalogservice.cpp" line="188"/>
        <location filename="../../core/catalog/catalogservice.cpp" line="215"/>
        <source>Only an administrator may change the catalog.</source>
        <translation>只有管理员可以修改服务事项清单。</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="97"/>
        <source>The header must name the columns name,list,handling,department,deadline_days.</source>
        <translation>表头须包含列：name,list,handling,department,deadline_days。</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="115"/>
        <source>list &quot;%1&quot; must be 即办, 代办 or 咨询</source>
        <translation>清单“%1”必须是即办、代办或咨询</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="121"/>
        <source>handling &quot;%1&quot; must be immediate, fast, routed or joint</source>
        <translation>办理类别“%1”必须是 immediate、fast、routed 或 joint</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="128"/>
        <source>deadline_days &quot;%1&quot; is not a number</source>
        <translation>办理时限“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="140"/>
        <source>&quot;%1&quot; appears twice (first on line %2)</source>
        <translation>“%1”重复出现（首次在第 %2 行）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="197"/>
        <source>The catalog already has an item named %1.</source>
        <translation>清单中已有名为 %1 的事项。</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="217"/>
        <source>There is no such catalog item.</source>
        <translation>没有这个服务事项。</translation>
    </message>
</context>
<context>
    <name>tz::CatalogTab</name>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Days</source>
        <translation>时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="48"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="61"/>
        <source>e.g. 民政</source>
        <translation>例如：民政</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="65"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="66"/>
        <source>&amp;Service:</source>
        <translation>服务事项(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="67"/>
        <source>&amp;List:</source>
        <translation>清单(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="68"/>
        <source>&amp;Class:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="69"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="70"/>
        <source>&amp;Deadline:</source>
        <translation>办理时限(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="72"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="74"/>
        <source>New item</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="75"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="83"/>
        <source>Export the catalog as CSV…</source>
        <translation>导出服务清单为CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="91"/>
        <location filename="../../ui/settings/catalogtab.cpp" line="155"/>
        <source>this catalog item</source>
        <translation>这个服务事项</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="102"/>
        <source>Retired: intake no longer offers it.</source>
        <translation>已停用：受理时不再提供该事项。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="106"/>
        <source>Export the catalog</source>
        <translation>导出服务清单</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="107"/>
        <source>service-catalog.csv</source>
        <translation>服务清单.csv</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="107"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="217"/>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="231"/>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>tz::Channel</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="72"/>
        <source>Counter</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="73"/>
        <source>Phone or hotline</source>
        <translation>电话/热线</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="74"/>
        <source>WeChat group</source>
        <translation>微信群</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="75"/>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="76"/>
        <source>Suggestion box</source>
        <translation>说事箱</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="77"/>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="78"/>
        <source>Secretary mailbox</source>
        <translation>书记信箱</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="79"/>
        <source>House meeting</source>
        <translation>屋场会</translation>
    </message>
</context>
<context>
    <name>tz::Cli</name>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="63"/>
        <source>Case %1  %2  [%3 / %4]</source>
        <translation>事项 %1  %2  [%3 / %4]</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="65"/>
        <source>  unit: %1</source>
        <translation>  单位：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="66"/>
        <source>  registered: %1 via %2; deadline %3</source>
        <translation>  受理：%1，渠道：%2；办理时限 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="69"/>
        <source>  resident: %1 %2</source>
        <translation>  群众：%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="72"/>
        <source>  resolved %1: %2</source>
        <translation>  办结 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="75"/>
        <source>  under supervision (督办)</source>
        <translation>  督办中</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="77"/>
        <source>  CONFLICT to review: %1</source>
        <translation>  存在冲突，待复核：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="89"/>
        <source>case %1 needs a case number.</source>
        <translation>case %1 需要受理编号。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="100"/>
        <location filename="../../app/cli/cli.cpp" line="488"/>
        <source>No department named %1 at %2.</source>
        <translation>%2 没有名为 %1 的部门。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="108"/>
        <source>No user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="148"/>
        <source>--satisfaction must be satisfied, mostly or unsatisfied.</source>
        <translation>--satisfaction 必须是 satisfied、mostly 或 unsatisfied。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="162"/>
        <source>No file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="165"/>
        <source>Unknown case command &quot;%1&quot;.</source>
        <translation>未知的事项命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="181"/>
        <source>--handling must be immediate, fast, routed or joint.</source>
        <translation>--handling 必须是 immediate、fast、routed 或 joint。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="187"/>
        <source>--channel must be counter, phone, wechat, visit, box, miniprogram, mailbox or meeting.</source>
        <translation>--channel 必须是 counter、phone、wechat、visit、box、miniprogram、mailbox 或 meeting。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="195"/>
        <source>No catalog item named %1.</source>
        <translation>没有名为 %1 的服务事项。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="207"/>
        <source>No resident has this ID number; give --resident-name to register the person with the case.</source>
        <translation>没有该身份证号的群众档案；请用 --resident-name 提供姓名，随事项一并登记。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="228"/>
        <source>--at must be an ISO 8601 date or time, such as 2026-01-09T10:30.</source>
        <translation>--at 必须是 ISO 8601 日期或时间，例如 2026-01-09T10:30。</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="246"/>
        <source>There is no case numbered %1.</source>
        <translation>没有受理编号为 %1 的事项。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="50"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="104"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="108"/>
        <source>The password file %1 can be read by other users: make it yours alone (chmod 600).</source>
        <translation>密码文件 %1 其他用户也能读取：请设为仅本人可读（chmod 600）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="150"/>
        <source>Demo counter</source>
        <translation>演示窗口</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="197"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>This ledger is kept in sync with a server: sign in with --user LOGIN (the password in TAIZHANG_PASSWORD or in the file named by --password-file). Nothing was done.</source>
        <translation type="vanished">此台账与服务器同步：请用 --user 账号登录（密码放在 TAIZHANG_PASSWORD 中，或放在 --password-file 指定的文件中）。没有做任何操作。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="217"/>
        <source>This ledger is kept in sync with a server: sign in with --user LOGIN (the password in TAIZHANG_PASSWORD or in the file named by --user-password-file). Nothing was done.</source>
        <translation>此台账与服务器同步：请用 --user 账号登录（密码放在 TAIZHANG_PASSWORD 中，或放在 --user-password-file 指定的文件中）。没有做任何操作。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="245"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="275"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="286"/>
        <source>Taizhang device</source>
        <translation>民情台账终端</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="294"/>
        <source>Created ledger %1 (device %2).</source>
        <translation>已创建台账 %1（设备 %2）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="299"/>
        <source>One-time administrator password for &quot;admin&quot;: %1</source>
        <translation>管理员“admin”的一次性密码：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="307"/>
        <source>Nothing was imported; fix these rows:</source>
        <translation>未导入任何数据；请修正以下各行：</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="328"/>
        <source>Imported: %1 new, %2 renamed, %3 unchanged. The ledger holds %4 city, %5 counties, %6 townships, %7 villages.</source>
        <translation>导入完成：新增 %1，更名 %2，未变 %3。台账现有市 %4 个、县（区）%5 个、乡镇（街道）%6 个、村（社区）%7 个。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="348"/>
        <source>Calendar: %1 days set, %2 unchanged.</source>
        <translation>工作日历：设置 %1 天，未变 %2 天。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="362"/>
        <source>Catalog: %1 items defined, %2 unchanged.</source>
        <translation>服务事项清单：定义 %1 项，未变 %2 项。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="372"/>
        <source>Catalog written to %1.</source>
        <translation>服务事项清单已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="384"/>
        <source>Ledger verified: %1 events from %2 devices, chains intact, projections match.</source>
        <translation>台账校验通过：来自 %2 台设备的 %1 条记录，哈希链完整，数据表与记录一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="388"/>
        <source>Ledger verification FAILED:
%1</source>
        <translation>台账校验未通过：
%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="410"/>
        <source>No case matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的事项。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="430"/>
        <source>Valid ID number (born %1).</source>
        <translation>身份证号有效（出生日期 %1）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="441"/>
        <source>demo: %1 of %2 cases</source>
        <translation>演示数据：%1 / %2 件</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="452"/>
        <source>demo: %1 steps were refused by the services:</source>
        <translation>演示数据：有 %1 个步骤被业务规则拒绝：</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="459"/>
        <source>Demo ledger: %1 cases, %2 residents, %3 events.</source>
        <translation>演示台账：事项 %1 件，群众 %2 人，记录 %3 条。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="469"/>
        <source>--role must be clerk, grid-worker, handler, supervisor or admin.</source>
        <translation>--role 必须是 clerk、grid-worker、handler、supervisor 或 admin。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="474"/>
        <source>Cannot read the password file &quot;%1&quot;.</source>
        <translation>无法读取密码文件“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="496"/>
        <source>User %1 created.</source>
        <translation>已创建用户 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="506"/>
        <source>Department %1 added.</source>
        <translation>已添加部门 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="521"/>
        <source>Resident %1 registered.</source>
        <translation>已登记群众 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="552"/>
        <source>deadline set needs --handling and --days.</source>
        <translation>deadline set 需要 --handling 和 --days。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="558"/>
        <source>Deadline set: %1 working days.</source>
        <translation>时限已设定：%1 个工作日。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="568"/>
        <source>Setting %1 saved.</source>
        <translation>设置项 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/cli/synccommands.cpp" line="37"/>
        <source>Enrolled with %1 for unit %2.</source>
        <translation>已在 %1 登记，所属单位 %2。</translation>
    </message>
    <message>
        <location filename="../../app/cli/synccommands.cpp" line="54"/>
        <source>Indexing %1 cases for search…</source>
        <translation>正在为 %1 件事项建立检索索引…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/synccommands.cpp" line="63"/>
        <source>The server refused %n record(s); they were set aside on this computer and the rest was sent:</source>
        <translation>
            <numerusform>服务器拒收了 %n 条记录；它们已在本机另行保存，其余记录已照常发送：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/synccommands.cpp" line="82"/>
        <source>Synced: %1 sent, %2 received in %3 request(s).</source>
        <translation>同步完成：发出 %1 条，收到 %2 条，共 %3 次请求。</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="27"/>
        <source>report measures needs --from and --to as YYYY-MM-DD.</source>
        <translation>report measures 需要 --from 和 --to，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="59"/>
        <source>report export needs --from and --to as YYYY-MM-DD and one of --xlsx FILE or --pdf FILE.</source>
        <translation>report export 需要 --from 和 --to（YYYY-MM-DD），以及 --xlsx 文件 或 --pdf 文件 之一。</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="75"/>
        <source>No 考评 rules have the id %1.</source>
        <translation>没有编号为 %1 的考评规则。</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="87"/>
        <source>%1: the measures, the units%2 and %3 cases</source>
        <translation>%1：指标、各单位%2及 %3 件事项</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="88"/>
        <source>, 考评</source>
        <translation>、考评</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="24"/>
        <source>import-cases needs the CSV file.</source>
        <translation>import-cases 需要指定 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="33"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="38"/>
        <source>%1 is not a saved mapping.</source>
        <translation>%1 不是保存的对应关系文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="49"/>
        <source>No column of the file is taken for “%1”: give --mapping.</source>
        <translation>文件中没有对应“%1”的列：请用 --mapping 指定。</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="70"/>
        <source>%1 case(s) entered as 补录; %2 row(s) left out%3.</source>
        <translation>已补录 %1 件事项；%2 行未导入%3。</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="83"/>
        <source>recurring needs --days 1 or more and --min 2 or more.</source>
        <translation>recurring 需要 --days 不小于 1、--min 不小于 2。</translation>
    </message>
</context>
<context>
    <name>tz::Csv</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="69"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="72"/>
        <source>%1 is too large (%2 MB; at most %3 MB).</source>
        <translation>%1 太大（%2 MB，最多 %3 MB）。</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="92"/>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="94"/>
        <source>Line %1: the file is not valid UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>第 %1 行：文件不是有效的 UTF-8 文本。请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="155"/>
        <source>Line %1 holds a control character (code %2).</source>
        <translation>第 %1 行含有控制字符（代码 %2）。</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="164"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号没有闭合。</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="173"/>
        <source>Line %1 holds a control character.</source>
        <translation>第 %1 行含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="180"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="85"/>
        <location filename="../../core/io/csvwriter.cpp" line="82"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="127"/>
        <source>An Excel sheet holds %1 cases at most and this list has more: export it as CSV.</source>
        <translation>一张 Excel 工作表最多容纳 %1 件事项，这个列表超出了：请导出为 CSV。</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="168"/>
        <source>The first %1 of %2 cases; export the list to Excel for all of them.</source>
        <translation>共 %2 件，这里列出前 %1 件；全部事项请导出为 Excel。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/caseexport.cpp" line="172"/>
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="188"/>
        <source>Cases</source>
        <extracomment>The sheet of an Excel export that lists cases</extracomment>
        <translation>事项清单</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="66"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
</context>
<context>
    <name>tz::Demo</name>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="38"/>
        <source>The built-in file %1 is missing.</source>
        <translation>缺少内置文件 %1。</translation>
    </message>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="52"/>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="111"/>
        <source>The demo county %1 is not in the division tree.</source>
        <translation>区划中没有演示县区 %1。</translation>
    </message>
</context>
<context>
    <name>tz::Desktop</name>
    <message>
        <location filename="../../app/desktop/main.cpp" line="70"/>
        <source>Opening the ledger and checking it…</source>
        <translation>正在打开并检查台账……</translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="77"/>
        <source>Cannot open the ledger</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="87"/>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
    </message>
</context>
<context>
    <name>tz::EnrollDialog</name>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="21"/>
        <source>Connect to the sync server</source>
        <translation>连接同步服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="23"/>
        <source>Your administrator gives the server&apos;s address and a one-time code for this unit. Everything recorded here so far is sent at the first sync.</source>
        <translation>服务器地址和本单位的一次性码由管理员提供。本机已记录的内容会在第一次同步时全部发出。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="33"/>
        <source>10 letters and digits</source>
        <translation>10 位字母和数字</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="34"/>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="35"/>
        <source>One-time &amp;code:</source>
        <translation>一次性码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="42"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="59"/>
        <source>Asking the server…</source>
        <translation>正在询问服务器……</translation>
    </message>
</context>
<context>
    <name>tz::FileDialogs</name>
    <message>
        <location filename="../../ui/common/filedialogs.cpp" line="56"/>
        <source>Taizhang receipts</source>
        <extracomment>A folder under the user&apos;s Documents for the receipts saved as PDF</extracomment>
        <translation>台账回执</translation>
    </message>
    <message>
        <location filename="../../ui/common/filedialogs.cpp" line="59"/>
        <source>Taizhang exports</source>
        <extracomment>A folder under the user&apos;s Documents for lists and reports saved for Excel or print</extracomment>
        <translation>台账导出</translation>
    </message>
</context>
<context>
    <name>tz::FileSync</name>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="77"/>
        <location filename="../../core/sync/filesync.cpp" line="102"/>
        <location filename="../../core/sync/filesync.cpp" line="148"/>
        <source>The server&apos;s answer about a file is malformed.</source>
        <translation>服务器关于文件的应答格式有误。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="85"/>
        <location filename="../../core/sync/filesync.cpp" line="110"/>
        <source>Cannot read the attachment %1: %2</source>
        <translation>无法读取附件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="104"/>
        <source>Stopped; what was sent is kept on the server.</source>
        <translation>已停止；已发送的部分保留在服务器上。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="123"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="129"/>
        <source>Another transfer of this attachment is still going on; try again shortly.</source>
        <translation>此附件的另一项传输仍在进行，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="134"/>
        <location filename="../../core/sync/filesync.cpp" line="150"/>
        <location filename="../../core/sync/filesync.cpp" line="165"/>
        <source>Cannot write into %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="152"/>
        <source>Stopped; what arrived is kept for the next try.</source>
        <translation>已停止；已收到的部分留待下次继续。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="161"/>
        <source>An attachment arrived damaged; it will be fetched again.</source>
        <translation>附件传输中损坏，将重新下载。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="234"/>
        <source>This attachment was recorded before files were kept by their hash.</source>
        <translation>此附件登记于按哈希保存文件之前，无法从服务器获取。</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="241"/>
        <source>The connection to the server has expired: sync, then open the file again.</source>
        <translation>与服务器的连接已过期：请先同步，再打开该文件。</translation>
    </message>
</context>
<context>
    <name>tz::FollowUpsPage</name>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="29"/>
        <source>Waiting for follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="31"/>
        <source>Followed up this month</source>
        <translation>本月已回访</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="33"/>
        <source>Unsatisfied this month</source>
        <translation>本月不满意</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="120"/>
        <source>No follow-ups recorded this month yet.</source>
        <translation>本月尚无回访记录。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="128"/>
        <source>This month: %1 followed up — %2 %3, %4 %5, %6 %7. Satisfaction rate %8%.</source>
        <translation>本月回访 %1 件：%2 %3 件，%4 %5 件，%6 %7 件。满意率 %8%。</translation>
    </message>
</context>
<context>
    <name>tz::Grids</name>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="37"/>
        <source>Only an administrator or a supervisor may change grids.</source>
        <translation>只有管理员或督查员可以调整网格。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="41"/>
        <location filename="../../core/grids/gridservice.cpp" line="169"/>
        <location filename="../../core/grids/gridservice.cpp" line="204"/>
        <source>Village %1 is outside your part of the org tree.</source>
        <translation>村（社区）%1 不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="52"/>
        <source>Grids hang below a village; %1 is not a village.</source>
        <translation>网格设在村（社区）之下；%1 不是村（社区）。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="60"/>
        <source>A grid needs a name of 1 to 40 characters.</source>
        <translation>网格名称须为 1 至 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="66"/>
        <source>The parent grid is not in the same village.</source>
        <translation>上级网格不在同一个村（社区）。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="70"/>
        <source>Grid %1 already holds households; they belong to the smallest grid, so it cannot be divided.</source>
        <translation>网格 %1 已有住户；住户只能属于最小一级网格，因此不能再细分。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="91"/>
        <location filename="../../core/grids/gridservice.cpp" line="166"/>
        <source>There is no such grid.</source>
        <translation>没有这个网格。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="110"/>
        <source>There is no such active user.</source>
        <translation>没有这个在岗用户。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="112"/>
        <source>%1 is not a grid worker of this village: a grid&apos;s captain and workers are the village&apos;s grid workers (add one under Users and roles).</source>
        <translation>%1 不是本村的网格员：网格长和网格员须为本村网格员（可在“用户和角色”中添加）。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="173"/>
        <source>A handler may not register households.</source>
        <translation>承办人不能登记住户。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="175"/>
        <source>Households belong to the smallest grid; %1 is divided into smaller grids.</source>
        <translation>住户只能属于最小一级网格；%1 下还有子网格。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="182"/>
        <source>A household needs an address of 1 to 120 characters.</source>
        <translation>住户地址须为 1 至 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="200"/>
        <source>There is no such household.</source>
        <translation>没有这个住户。</translation>
    </message>
</context>
<context>
    <name>tz::GridsTab</name>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="36"/>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="41"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="41"/>
        <source>Captain</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="41"/>
        <source>Workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="46"/>
        <source>New grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="50"/>
        <source>e.g. 第一村民小组</source>
        <translation>例如：第一村民小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="51"/>
        <source>Inside the selected grid</source>
        <translation>建在所选网格之下</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="53"/>
        <source>Create grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="55"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="59"/>
        <source>People of the selected grid</source>
        <translation>所选网格的人员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="63"/>
        <source>Appoint as captain</source>
        <translation>设为网格长</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="65"/>
        <source>Add as worker</source>
        <translation>加为网格员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="66"/>
        <source>Remove as worker</source>
        <translation>移出网格员</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="67"/>
        <source>Grid &amp;worker:</source>
        <translation>网格员(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="86"/>
        <source>Pick a grid in the tree and a grid worker first.</source>
        <translation>请先在左侧选择网格，并选择一名网格员。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="96"/>
        <source>Captain appointed.</source>
        <translation>已设为网格长。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="101"/>
        <source>Worker added.</source>
        <translation>已加为网格员。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="106"/>
        <source>Worker removed.</source>
        <translation>已移出。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="119"/>
        <source>No grid worker at this village: add one under Users and roles.</source>
        <translation>本村没有网格员：请先在“用户和角色”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="171"/>
        <source>Pick the grid to create it in, or untick the box.</source>
        <translation>请选择要建在其下的网格，或取消勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="176"/>
        <source>%1 created.</source>
        <translation>%1 已建立。</translation>
    </message>
</context>
<context>
    <name>tz::GuardedApplication</name>
    <message>
        <location filename="../../ui/common/guardedapplication.cpp" line="37"/>
        <source>Something went wrong while doing that. What was saved before is kept; try again, and if it happens again restart Taizhang and tell the administrator.</source>
        <translation>操作时出了问题。之前保存的内容都还在；请再试一次，如果再次出现，请重新启动台账并告知管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/common/guardedapplication.cpp" line="39"/>
        <source>Something went wrong while doing that: %1
What was saved before is kept; try again, and if it happens again restart Taizhang and tell the administrator.</source>
        <translation>操作时出了问题：%1
之前保存的内容都还在；请再试一次，如果再次出现，请重新启动台账并告知管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/common/guardedapplication.cpp" line="52"/>
        <source>Taizhang</source>
        <translation>民情台账</translation>
    </message>
</context>
<context>
    <name>tz::Handling</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="54"/>
        <source>Immediate</source>
        <translation>即办</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="55"/>
        <source>Fast</source>
        <translation>快办</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="56"/>
        <source>Routed</source>
        <translation>分办</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="57"/>
        <source>Joint</source>
        <translation>联办</translation>
    </message>
</context>
<context>
    <name>tz::ImportCasesDialog</name>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="44"/>
        <source>Import an old case ledger — %1</source>
        <translation>导入旧台账 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="47"/>
        <source>Each row becomes a case entered afterwards (补录) with its own registration date; rows with a resolution date and result are saved as resolved. Check the columns below: each field takes the column named beside it.</source>
        <translation>每一行补录为一件事项，受理时间按原台账记录；写了办结时间和办理结果的行登记为已办结。请核对下面的对应关系：每个字段从旁边选定的列读取。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="58"/>
        <source>Columns</source>
        <translation>列的对应关系</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="65"/>
        <source>(choose a column)</source>
        <extracomment>The choice of no column for a field of an imported case</extracomment>
        <translation>（请选择一列）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="65"/>
        <source>(none)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="69"/>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="70"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="73"/>
        <source>Rows that leave them empty</source>
        <translation>行中未填写时使用</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="77"/>
        <source>(none: the row must name its unit)</source>
        <translation>（无：每行须写明单位）</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="85"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="86"/>
        <source>&amp;Class:</source>
        <translation>办理类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="87"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="88"/>
        <source>&amp;Load a saved mapping…</source>
        <translation>载入对应关系(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="89"/>
        <source>Sa&amp;ve this mapping…</source>
        <translation>保存对应关系(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Registered on</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="112"/>
        <source>&amp;All rows or none: import only when every row is right</source>
        <translation>全部导入或全部不导入：每一行都无误时才导入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="113"/>
        <source>Import the &amp;good rows and save the others to a file to fix</source>
        <translation>只导入无误的行，有问题的行另存为文件以便修改(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="118"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="140"/>
        <source>Save the rows left out</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="141"/>
        <source>%1-rejected.csv</source>
        <translation>%1-未导入.csv</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="142"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="154"/>
        <source>Load a saved mapping</source>
        <translation>载入对应关系</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="154"/>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="161"/>
        <source>Mappings (*.json)</source>
        <translation>对应关系 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="160"/>
        <source>Save the mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="161"/>
        <source>case-ledger-mapping.json</source>
        <translation>台账对应关系.json</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="166"/>
        <source>Mapping saved to %1.</source>
        <translation>对应关系已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="225"/>
        <source>Ready</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="241"/>
        <source>Choose the columns for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/importcasesdialog.cpp" line="248"/>
        <source>%n row(s): %1 ready, %2 with a problem (see the Check column).</source>
        <extracomment>%n rows in all, %1 of them ready, %2 with a problem</extracomment>
        <translation>
            <numerusform>共 %n 行：%1 行可以导入，%2 行有问题（见“检查结果”列）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/importcasesdialog.cpp" line="263"/>
        <source>%n case(s) entered as 补录; %1 row(s) left out, saved to %2.</source>
        <translation>
            <numerusform>已补录 %n 件事项；%1 行未导入，已保存到 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/importcasesdialog.cpp" line="267"/>
        <source>%n case(s) entered as 补录.</source>
        <translation>
            <numerusform>已补录 %n 件事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with a problem (see the Check column).</source>
        <translation type="vanished">共 %1 行：%2 行可以导入，%3 行有问题（见“检查结果”列）。</translation>
    </message>
    <message>
        <source>%1 cases entered as 补录; %2 rows left out, saved to %3.</source>
        <translation type="vanished">已补录 %1 件事项；%2 行未导入，已保存到 %3。</translation>
    </message>
    <message>
        <source>%1 cases entered as 补录.</source>
        <translation type="vanished">已补录 %1 件事项。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="276"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="279"/>
        <source>%1 is not a saved mapping.</source>
        <translation>%1 不是保存的对应关系文件。</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="292"/>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="295"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tz::IntakePage</name>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="129"/>
        <source>Register what the citizen asks</source>
        <translation>受理群众诉求</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="136"/>
        <source>Unit: %1</source>
        <translation>受理单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="137"/>
        <source>(none: an administrator of the whole ledger registers from the command line)</source>
        <translation>（无：全台账管理员请用命令行登记）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="152"/>
        <source>Name, pinyin initials, phone or last digits of the ID number</source>
        <translation>姓名、拼音首字母、电话或身份证号后几位</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="157"/>
        <source>&amp;Resident:</source>
        <translation>群众(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="172"/>
        <source>New resident&apos;s name:</source>
        <translation>新群众姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="173"/>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="174"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="175"/>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="184"/>
        <source>Type two characters or the initials of a service item</source>
        <translation>输入事项名称的两个字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="188"/>
        <source>Service &amp;item:</source>
        <translation>服务事项(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="204"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="207"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="209"/>
        <source>&amp;Time limit:</source>
        <translation>时限(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="219"/>
        <source>&amp;Class:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="229"/>
        <source>In short; the service item&apos;s name if left empty</source>
        <translation>简要概括；留空则用服务事项名称</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="230"/>
        <source>Re&amp;quest:</source>
        <translation>诉求(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="vanished">诉求(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="234"/>
        <source>What the citizen says, in their words</source>
        <translation>群众反映的情况，尽量用原话</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="236"/>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="238"/>
        <source>Resolved on the &amp;spot (即办)</source>
        <translation>当场办结(&amp;S)（即办）</translation>
    </message>
    <message>
        <source>Resolved on the spot (即办)</source>
        <translation type="vanished">当场办结（即办）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="242"/>
        <source>What was done</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="254"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="256"/>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="319"/>
        <source>Not picked from the list: a new resident is registered with the case.</source>
        <translation>未从列表中选择：将随本事项登记一位新群众。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="377"/>
        <source>%1 · ID %2 · %3 · %4</source>
        <translation>%1 · 身份证 %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="414"/>
        <source>Department: %1 · %2 working days by the catalog</source>
        <translation>责任部门：%1 · 目录规定 %2 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="432"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="524"/>
        <source>This user belongs to no unit; sign in as a clerk of a service center to register cases.</source>
        <translation>该用户不属于任何单位；请以服务中心窗口人员身份登录后受理。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="529"/>
        <source>Pick the service item from the list, or leave it empty.</source>
        <translation>请从列表中选择服务事项，或留空。</translation>
    </message>
    <message>
        <source>Say in short what the citizen asks, or pick a service item.</source>
        <translation type="vanished">请简要填写群众诉求，或选择服务事项。</translation>
    </message>
    <message>
        <source>Say what was done to resolve it on the spot.</source>
        <translation type="vanished">请填写当场办结的办理结果。</translation>
    </message>
    <message>
        <source>Type the new resident&apos;s name, or pick a resident from the list.</source>
        <translation type="vanished">请填写新群众的姓名，或从列表中选择群众。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="546"/>
        <source>Saved as %1 (%2), due %3.</source>
        <translation>已保存，受理编号 %1（%2），截止 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="565"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="565"/>
        <source>Throw away what was typed for this request?</source>
        <translation>放弃本条诉求已输入的内容吗？</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakedraft.cpp" line="110"/>
        <source>A request that was being typed when the program last stopped has been restored.</source>
        <translation>已恢复程序上次退出时尚未保存的诉求。</translation>
    </message>
</context>
<context>
    <name>tz::Ledger</name>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="87"/>
        <source>The check was stopped: the ledger was not opened and nothing was changed.</source>
        <translation>检查已停止：台账没有打开，也没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="99"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="125"/>
        <source>The change could not be saved (%1); nothing of it was kept.</source>
        <translation>这项更改未能保存（%1）；其中任何内容都没有保留。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="131"/>
        <source>The change could not be saved; nothing of it was kept.</source>
        <translation>这项更改未能保存；其中任何内容都没有保留。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="164"/>
        <location filename="../../core/ledger/ledger.cpp" line="175"/>
        <source>This SQLite library has no FTS5 full-text search.</source>
        <translation>当前 SQLite 库不支持 FTS5 全文检索。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="252"/>
        <source>There is no ledger at %1. Create one with &quot;taizhang-cli init&quot;.</source>
        <translation>%1 处没有台账。请用“taizhang-cli init”创建。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="273"/>
        <source>%1 already holds a ledger; it was left as it is.</source>
        <translation>%1 已有台账，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="277"/>
        <source>%1 is not a Taizhang ledger.</source>
        <translation>%1 不是民情台账文件。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="289"/>
        <source>The ledger failed its integrity check (%1). Restore it from a backup or from the server; the file was not changed.</source>
        <translation>台账完整性检查未通过（%1）。请从备份或服务器恢复；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="350"/>
        <source>The ledger has no device identity.</source>
        <translation>台账缺少设备身份。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="550"/>
        <source>An event from device %1 (number %2) is malformed; nothing was stored.</source>
        <translation>来自设备 %1 的事件（序号 %2）格式不正确，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="564"/>
        <source>Device %1 sent a different event under number %2 than the one stored; nothing was stored.</source>
        <translation>设备 %1 以序号 %2 发来的事件与已保存的不一致，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="570"/>
        <source>An event from device %1 (number %2) does not match its hash; nothing was stored.</source>
        <translation>来自设备 %1 的第 %2 条记录与其哈希不符；未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="74"/>
        <source>integrity_check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="581"/>
        <source>this device&apos;s events start at number %1, not 1</source>
        <translation>本设备的记录从第 %1 条开始，而不是第 1 条</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="587"/>
        <source>this device&apos;s events jump from number %1 to %2</source>
        <translation>本设备的记录从第 %1 条跳到第 %2 条</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="546"/>
        <source>event %1/%2 does not match its hash</source>
        <translation>记录 %1/%2 与其哈希不符</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="552"/>
        <source>event %1/%2 is not chained to the one before it</source>
        <translation>记录 %1/%2 与前一条记录的哈希链断开</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="86"/>
        <source>No temporary folder for the verification fold.</source>
        <translation>没有可用于校验的临时文件夹。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="92"/>
        <source>FTS5 is not available.</source>
        <translation>FTS5 不可用。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="141"/>
        <source>table %1 differs from a fresh fold of the events</source>
        <translation>数据表 %1 与按记录重新生成的结果不一致</translation>
    </message>
    <message>
        <location filename="../../core/ledger/migrations.cpp" line="49"/>
        <source>This ledger was written by a newer version of Taizhang (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</source>
        <translation>该台账由更新版本的民情台账写入（结构版本 %1；本程序最高支持 %2）。请安装新版本后打开；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../core/workspace/workspace.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/storedform.cpp" line="61"/>
        <source>An event refers to name number %1, which the ledger does not hold.</source>
        <translation>有事件引用了名称编号 %1，但台账中没有该编号。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/storedform.cpp" line="185"/>
        <source>An event&apos;s stored content cannot be read (%1).</source>
        <translation>无法读取事件的存储内容（%1）。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="76"/>
        <source>This ledger already holds records; a starting copy from the server can only fill an empty one. Nothing was changed.</source>
        <translation>本台账已有记录；服务器的初始副本只能用于空台账。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="101"/>
        <source>The server&apos;s starting copy was made by another version of Taizhang; the records will arrive one by one instead. Nothing was changed.</source>
        <translation>服务器的初始副本由其他版本的民情台账生成，将改为逐条接收记录。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="215"/>
        <source>The starting copy could not be put in place of %1.</source>
        <translation>无法用初始副本替换 %1。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="68"/>
        <source>%1 (process %2 of user %3 on %4, since %5)</source>
        <extracomment>%1 a program&apos;s name, %2 its process number, %3 a user&apos;s login, %4 a computer&apos;s name, %5 the date and time it opened the ledger.</extracomment>
        <translation>%1（计算机 %4 上用户 %3 的进程 %2，自 %5 起）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="96"/>
        <source>Cannot open %1 to claim the ledger: %2</source>
        <translation>无法打开 %1 以占用台账：%2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="106"/>
        <source>Cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="110"/>
        <source>The ledger %1 is in use by %2. Close it there first, or wait until it is done; nothing was changed here.</source>
        <translation>台账 %1 正被 %2 使用。请先在那里关闭它，或等它用完；这里没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="114"/>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqldatabase.cpp" line="19"/>
        <source>A change to the ledger was attempted outside its transactions and refused; nothing was changed.</source>
        <translation>有一项台账更改试图在台账事务之外进行，已被拒绝；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>tz::LockDialog</name>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="61"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="64"/>
        <source>The window locked itself after ten idle minutes.</source>
        <translation>窗口空闲十分钟后已自动锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="65"/>
        <source>The window is locked (Ctrl+L).</source>
        <translation>窗口已锁定（Ctrl+L）。</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="67"/>
        <source>What was being typed is kept.
Password of %1 (%2) to go on:</source>
        <translation>已输入的内容均已保留。
请输入 %1（%2）的密码继续：</translation>
    </message>
    <message>
        <source>The window locked itself after ten idle minutes. What was being typed is kept.
Password of %1 (%2) to go on:</source>
        <translation type="vanished">窗口空闲十分钟后已自动锁定，已输入的内容均已保留。
请输入 %1（%2）的密码继续：</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="77"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>tz::LoginDialog</name>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="28"/>
        <source>Sign in — Taizhang case ledger</source>
        <translation>登录 — 民情台账</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="30"/>
        <source>Taizhang case ledger</source>
        <translation>民情台账</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="55"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="56"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="64"/>
        <source>This is a demo ledger. Demo accounts: counter (village counter clerk), grid (grid worker), clerk, handler, supervisor (township), county-handler, county-supervisor (county); password for all: %1</source>
        <translation>这是演示台账。演示账号：counter（村级窗口人员）、grid（网格员）、clerk、handler、supervisor（镇级）、county-handler、county-supervisor（县级）；密码均为：%1</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="73"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tz::LongTask</name>
    <message>
        <location filename="../../ui/common/longtask.cpp" line="28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tz::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>Taizhang case ledger</source>
        <translation>民情台账</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>Taizhang case ledger — %1</source>
        <translation>民情台账 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Cases</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Recurring issues</source>
        <extracomment>举一反三: recurring problems fixed at the root</extracomment>
        <translation>举一反三</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="247"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Take the first resident or service in the list (↓ to pick another)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Resolved on the spot (ticked by itself for a 即办 service)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first); close the receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the receipt: print / save as PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the filters of a case list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The queues of the workbench and of follow-ups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision: down to the units under the one picked / back up&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, recurring issues, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;受理：登记新诉求&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车&lt;/b&gt;&lt;/td&gt;&lt;td&gt;选中列表里的第一位居民或第一个服务事项（按 ↓ 选其他）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;当场办结（选了即办事项会自动勾选）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+回车&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存诉求&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;清空表单（会先确认）；关闭回执&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车 / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;回执：打印 / 保存为PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个输入框&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;搜索事项&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;展开事项列表的筛选&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;工作台和回访页的各个队列&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车 / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;督办：进入所选单位的下级 / 返回上一级&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;工作台、受理、事项、回访、督办、举一反三、居民、统计、设置&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;立即锁定窗口&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;本帮助&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Take the first resident or service in the list (↓ to pick another)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Resolved on the spot (ticked by itself for a 即办 service)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first); close the receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the receipt: print / save as PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the filters of a case list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The queues of the workbench and of follow-ups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision: down to the units under the one picked / back up&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;受理：登记新诉求&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车&lt;/b&gt;&lt;/td&gt;&lt;td&gt;选中列表里的第一位居民或第一个服务事项（按 ↓ 选其他）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;当场办结（选了即办事项会自动勾选）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+回车&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存诉求&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;清空表单（会先确认）；关闭回执&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车 / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;回执：打印 / 保存为PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个输入框&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;搜索事项&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;展开事项列表的筛选&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;工作台和回访页的各个队列&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车 / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;督办：进入所选单位的下级 / 返回上一级&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;工作台、受理、事项、回访、督办、居民、统计、设置&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;立即锁定窗口&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;本帮助&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The workbench (the user&apos;s own queue: cases to accept, in progress, due today, overdue, follow-ups due, returned) is not built yet. Use 事项 to find cases meanwhile.</source>
        <translation type="vanished">工作台（本人的待办：待接单、办理中、今日到期、已超期、待回访、被退回）尚未建成。目前请在“事项”中查找。</translation>
    </message>
    <message>
        <source>The follow-up queue is not built yet; taizhang-cli case follow-up records a follow-up meanwhile.</source>
        <translation type="vanished">回访队列尚未建成；目前可用 taizhang-cli case follow-up 登记回访。</translation>
    </message>
    <message>
        <source>The supervision queue is not built yet; taizhang-cli case supervise flags a case meanwhile.</source>
        <translation type="vanished">督办队列尚未建成；目前可用 taizhang-cli case supervise 标记督办。</translation>
    </message>
    <message>
        <source>The residents screen is not built yet; residents are found and added from 受理.</source>
        <translation type="vanished">居民页面尚未建成；目前可在“受理”中查找和新增群众。</translation>
    </message>
    <message>
        <source>Statistics come with the reports: not built yet.</source>
        <translation type="vanished">统计将随报表功能提供，尚未建成。</translation>
    </message>
    <message>
        <source>The settings screens are not built yet; taizhang-cli imports divisions, holidays and the catalog, and adds users meanwhile.</source>
        <translation type="vanished">设置页面尚未建成；目前请用 taizhang-cli 导入区划、节假日和服务目录，以及添加用户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>%n case(s) listed</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>whole ledger</source>
        <translation>全台账</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↓ Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pick a resident or a service item from the list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;受理：登记新诉求&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存诉求&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;清空诉求（会先确认）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个输入框&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↓ Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;从列表中选择群众或服务事项&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;搜索事项&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;工作台、受理、事项、回访、督办、居民、统计、设置&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;立即锁定窗口&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;本帮助&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>This first window lists and searches the ledger. Intake, the workbench, follow-ups and supervision screens are not built yet; use taizhang-cli for them meanwhile.</source>
        <translation type="vanished">当前窗口可浏览和检索台账。受理、工作台、回访、督办等界面尚在开发中，暂请使用 taizhang-cli 办理。</translation>
    </message>
    <message>
        <source>Search: words of the request, case number…</source>
        <translation type="vanished">检索：诉求关键词、受理编号……</translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="vanished">全部状态</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="vanished">检索(&amp;S)：</translation>
    </message>
    <message>
        <source>Offline (sync not set up)</source>
        <translation type="vanished">离线（未配置同步）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="vanished">
            <numerusform>%n 件事项</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="vanished">渠道</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">单位</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="vanished">群众</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="vanished">受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">办理时限</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="vanished">已办结</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">办理结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="vanished">满意度</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="vanished">办理记录</translation>
    </message>
</context>
<context>
    <name>tz::Org</name>
    <message>
        <location filename="../../core/org/divisioncode.cpp" line="37"/>
        <location filename="../../core/org/orgservice.cpp" line="119"/>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation>“%1”不是 12 位区划代码。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="24"/>
        <source>ends in eight zeros</source>
        <translation>以八个 0 结尾</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="26"/>
        <source>ends in six zeros, its digits 5-6 not both zero</source>
        <translation>以六个 0 结尾，且第 5–6 位不全为 0</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="28"/>
        <source>ends in three zeros, its digits 7-9 not all zero</source>
        <translation>以三个 0 结尾，且第 7–9 位不全为 0</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="30"/>
        <source>does not end in three zeros</source>
        <translation>不以三个 0 结尾</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="63"/>
        <source>Only an administrator may change the org tree.</source>
        <translation>只有管理员可以修改组织架构。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="104"/>
        <source>The header must name the columns code,name,level,parent_code.</source>
        <translation>表头须包含列：code,name,level,parent_code。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="126"/>
        <source>level &quot;%1&quot; must be one of city, county, township, village.</source>
        <translation>层级“%1”必须是 city、county、township 或 village。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="136"/>
        <source>code %1 is not the code of a %2 (a %2&apos;s code %3).</source>
        <translation>代码 %1 不是 %2 级单位的代码（%2 级单位的代码%3）。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="142"/>
        <source>the name of %1 is empty, longer than 60 characters or holds control characters.</source>
        <translation>%1 的名称为空、超过 60 个字符或含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="150"/>
        <source>code %1 appears twice (first on line %2).</source>
        <translation>代码 %1 重复出现（首次在第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="178"/>
        <source>parent %1 of %2 is neither in the file nor in the ledger.</source>
        <translation>%2 的上级 %1 既不在文件中也不在台账中。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="185"/>
        <source>%1 (%2) cannot sit directly under a %3.</source>
        <translation>%1（%2）不能直接隶属于 %3 级单位。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="191"/>
        <source>code %1 does not start with its parent&apos;s digits %2.</source>
        <translation>代码 %1 没有以上级代码 %2 开头。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="300"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>单位 %1 不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="305"/>
        <location filename="../../core/org/orgservice.cpp" line="333"/>
        <source>A department needs a name of 1 to 40 characters.</source>
        <translation>部门名称须为 1 至 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="309"/>
        <source>There is no unit with code %1.</source>
        <translation>没有代码为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="311"/>
        <source>%1 already has a department named %2.</source>
        <translation>%1 已有名为 %2 的部门。</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="329"/>
        <location filename="../../core/org/orgservice.cpp" line="346"/>
        <source>There is no such department.</source>
        <translation>没有这个部门。</translation>
    </message>
</context>
<context>
    <name>tz::OrgLevel</name>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="41"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="43"/>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="45"/>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="47"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>tz::OrgTab</name>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="38"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="41"/>
        <source>Departments of this unit</source>
        <translation>本单位的部门</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="48"/>
        <source>e.g. 民政办</source>
        <translation>例如：民政办</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="51"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="53"/>
        <source>Rename the selected</source>
        <translation>改名所选</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="54"/>
        <source>Retire the selected</source>
        <translation>撤销所选</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="64"/>
        <source>Deadlines at this unit (working days)</source>
        <translation>本单位的办理时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="70"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="75"/>
        <source>Units under this one inherit these unless they have their own.</source>
        <translation>下级单位没有自设时限的，沿用这里的设置。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="76"/>
        <source>Save deadlines</source>
        <translation>保存时限</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="92"/>
        <source>Pick a department, type its new name above, then rename.</source>
        <translation>请选择部门，在上方输入新名称，再点改名。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="97"/>
        <source>Renamed.</source>
        <translation>已改名。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="106"/>
        <source>Retired: no new case goes to it; its cases stay.</source>
        <translation>已撤销：不再向其派单，原有事项保留。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="138"/>
        <source>the deadlines of %1</source>
        <translation>%1的办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="154"/>
        <source>%1 (retired)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="164"/>
        <source>%1 added.</source>
        <translation>%1 已添加。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="185"/>
        <source>Saved: cases registered from now on get these deadlines.</source>
        <translation>已保存：此后受理的事项按此时限计算。</translation>
    </message>
</context>
<context>
    <name>tz::Phone</name>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="22"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="27"/>
        <source>A phone number holds digits, spaces and dashes only.</source>
        <translation>电话号码只能包含数字、空格和短横线。</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="55"/>
        <source>A short service number (such as 12345) is not a resident&apos;s phone.</source>
        <translation>12345 等短号码不能作为群众联系电话。</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="59"/>
        <source>A mobile number has 11 digits and starts with 13–19.</source>
        <translation>手机号码为 11 位，以 13–19 开头。</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="60"/>
        <source>A landline needs its area code, such as 0778-2281234.</source>
        <translation>固定电话需带区号，例如 0778-2281234。</translation>
    </message>
</context>
<context>
    <name>tz::Progress</name>
    <message>
        <location filename="../../core/common/progress.cpp" line="16"/>
        <source>Stopped before the end: nothing was changed.</source>
        <translation>已中途停止：没有任何改动。</translation>
    </message>
</context>
<context>
    <name>tz::Receipt</name>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="42"/>
        <source>Party-mass service center</source>
        <translation>党群服务中心</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="113"/>
        <source>Receipt of a citizen&apos;s request</source>
        <translation>群众诉求受理回执</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="151"/>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="152"/>
        <source>Request</source>
        <translation>诉求事项</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="153"/>
        <source>Class</source>
        <translation>办理类别</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="154"/>
        <source>State</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="155"/>
        <source>Registered</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="156"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="157"/>
        <source>Citizen</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="158"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="159"/>
        <source>Clerk</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="164"/>
        <source>Keep this slip: the case number finds your request at any service center.</source>
        <translation>请妥善保管本回执：凭受理编号可在任一服务中心查询办理进度。</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="165"/>
        <source>Keep this slip: the case number finds your request at any service center. Enquiries: %1</source>
        <translation>请妥善保管本回执：凭受理编号可在任一服务中心查询办理进度。咨询电话：%1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="203"/>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="210"/>
        <source>The receipt could not be written to %1.</source>
        <translation>回执无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tz::ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="25"/>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="81"/>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="30"/>
        <source>A5 sheet</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="31"/>
        <source>80 mm roll (thermal printer)</source>
        <translation>80 毫米卷纸（热敏打印机）</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="34"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="52"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="53"/>
        <source>Save as P&amp;DF</source>
        <translation>保存为 PDF(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="86"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>无法打开打印机，未打印。</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="94"/>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="95"/>
        <source>receipt-%1.pdf</source>
        <translation>回执-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="95"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tz::RecurringPage</name>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="76"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="82"/>
        <source>within </source>
        <extracomment>A number of days follows, e.g. &quot;within 30 days&quot;</extracomment>
        <translation>时间跨度 </translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="83"/>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="84"/>
        <source>The first and the last case of a group are at most this many days apart.</source>
        <translation>同一组里最早和最晚的事项相隔不超过这么多天。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="88"/>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="89"/>
        <source> cases</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="90"/>
        <source>&amp;Look again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="100"/>
        <source>举一反三: cases from one place, for one service (or none), close in time and described alike may be one problem. The groups below are suggestions from the words people used: tick the cases that really are one problem, name its root cause and register one case that fixes it. When that case is resolved, the cases ticked are resolved with it.</source>
        <translation>举一反三：同一地点、同一服务事项（或都不在清单内）、时间相近、描述相似的事项，可能是同一个问题。下面的分组是根据群众的用词自动提出的建议：请勾选确实属于同一问题的事项，写明问题根源，登记一件从根源上解决问题的举一反三事项；该事项办结时，勾选的事项随之一并办结。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="119"/>
        <source>Suggested groups</source>
        <translation>疑似共性问题</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="120"/>
        <source>Registered 举一反三 cases</source>
        <translation>已登记的举一反三事项</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Registered</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="140"/>
        <source>Double-click a case to open it in the case list.</source>
        <translation>双击事项，在事项列表中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="149"/>
        <source>What makes these cases happen again and again, e.g. the whole line of lamps is old and its cable keeps failing.</source>
        <translation>这些事项反复发生的原因，例如：整段路灯线路老化，电缆反复故障。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="157"/>
        <source>举一反三 &amp;case:</source>
        <translation>举一反三事项(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="158"/>
        <source>Root &amp;cause:</source>
        <translation>问题根源(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="159"/>
        <source>&amp;Handling:</source>
        <translation>办理类别(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="161"/>
        <source>&amp;Register as one problem</source>
        <translation>确认为同一问题并登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="164"/>
        <source>Registers the 举一反三 case and links the ticked cases to it. Dispatch it next, in the case list.</source>
        <translation>登记举一反三事项，并把勾选的事项关联到它。登记后请在事项列表中派单。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="175"/>
        <source>Only a supervisor (or an administrator) registers a 举一反三 case; you can read the groups.</source>
        <translation>只有督查员（或管理员）可以登记举一反三事项；您可以查看分组。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="261"/>
        <location filename="../../ui/recurring/recurringpage.cpp" line="359"/>
        <source>outside the catalog</source>
        <translation>清单外诉求</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="264"/>
        <source>%n case(s) · %1 · %2
%3 to %4: %5</source>
        <extracomment>%n how many cases, %1 a place, %2 a service, %3 and %4 dates, %5 what people asked</extracomment>
        <translation>
            <numerusform>%n 件 · %1 · %2
%3 至 %4：%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="358"/>
        <source>%1 · %2 · %n case(s) from %3 to %4</source>
        <extracomment>%1 a place, %2 a service, %n how many cases, %3 and %4 dates</extracomment>
        <translation>
            <numerusform>%1 · %2 · %n 件，%3 至 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases · %2 · %3
%4 to %5: %6</source>
        <extracomment>%1 how many cases, %2 a place, %3 a service, %4 and %5 dates, %6 what people asked</extracomment>
        <translation type="vanished">%1 件 · %2 · %3
%4 至 %5：%6</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="273"/>
        <source>%1 · %2
%3 · %4 of %5 linked cases resolved</source>
        <extracomment>%1 number, %2 title, %3 state, %4 resolved members, %5 all members</extracomment>
        <translation>%1 · %2
%3 · 关联事项已办结 %4/%5</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="281"/>
        <source>Suggested groups (%1)</source>
        <translation>疑似共性问题（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="282"/>
        <source>Registered 举一反三 cases (%1)</source>
        <translation>已登记的举一反三事项（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="350"/>
        <source>No group of cases looks like one problem here now.</source>
        <translation>目前这里没有看起来属于同一问题的事项。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 cases from %4 to %5</source>
        <extracomment>%1 a place, %2 a service, %3 how many cases, %4 and %5 dates</extracomment>
        <translation type="vanished">%1 · %2 · %3 件，%4 至 %5</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="363"/>
        <source>举一反三: %1</source>
        <extracomment>The default name of a 举一反三 case: the first request of the group</extracomment>
        <translation>举一反三：%1</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="375"/>
        <source>No 举一反三 case has been registered here yet.</source>
        <translation>这里还没有登记举一反三事项。</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="380"/>
        <source>%1 %2 (%3) · root cause: %4</source>
        <translation>%1 %2（%3）· 问题根源：%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="407"/>
        <source>Registered for %n case(s) with one cause: %1</source>
        <extracomment>The description of a 举一反三 case: the cases it fixes at the root</extracomment>
        <translation>
            <numerusform>为同一根源的 %n 件事项登记：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="420"/>
        <source>Registered 举一反三 case %1 for %n case(s); dispatch it next in the case list.</source>
        <translation>
            <numerusform>已登记举一反三事项 %1，关联 %n 件事项；下一步请在事项列表中派单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tz::Reports</name>
    <message>
        <location filename="../../core/reports/measureservice.cpp" line="16"/>
        <source>The measure %1 (version %2) is not defined right.</source>
        <translation>指标 %1（第 %2 版）的定义有误。</translation>
    </message>
    <message>
        <location filename="../../core/reports/measuretallies.cpp" line="148"/>
        <source>The period needs a first and a last day, in order.</source>
        <translation>统计期间需要起止日期，且起始日期不晚于截止日期。</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="36"/>
        <source>Period %1 to %2; open and overdue cases as of %3.</source>
        <translation>统计期间 %1 至 %2；在办与超期件数截至 %3。</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="58"/>
        <source>whole ledger</source>
        <translation>全台账</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="68"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="79"/>
        <source>Statistics</source>
        <comment>the start of a report&apos;s file name</comment>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="87"/>
        <location filename="../../core/reports/reportexport.cpp" line="188"/>
        <source>Statistics — %1</source>
        <translation>统计 — %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="90"/>
        <source>Measures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="91"/>
        <location filename="../../core/reports/reportexport.cpp" line="191"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="92"/>
        <location filename="../../core/reports/reportexport.cpp" line="192"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="93"/>
        <location filename="../../core/reports/reportexport.cpp" line="193"/>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="94"/>
        <location filename="../../core/reports/reportexport.cpp" line="194"/>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="95"/>
        <location filename="../../core/reports/reportexport.cpp" line="195"/>
        <source>Definition</source>
        <translation>口径</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="96"/>
        <location filename="../../core/reports/reportexport.cpp" line="196"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="107"/>
        <location filename="../../core/reports/reportexport.cpp" line="135"/>
        <location filename="../../core/reports/reportexport.cpp" line="212"/>
        <location filename="../../core/reports/reportexport.cpp" line="246"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="113"/>
        <location filename="../../core/reports/reportexport.cpp" line="219"/>
        <source>Open now</source>
        <translation>当前在办</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="114"/>
        <location filename="../../core/reports/reportexport.cpp" line="220"/>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="115"/>
        <location filename="../../core/reports/reportexport.cpp" line="211"/>
        <source>Units</source>
        <translation>各单位</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="128"/>
        <location filename="../../core/reports/reportexport.cpp" line="233"/>
        <source>%1 (all)</source>
        <translation>%1（合计）</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="136"/>
        <location filename="../../core/reports/reportexport.cpp" line="247"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="137"/>
        <location filename="../../core/reports/reportexport.cpp" line="248"/>
        <source>Rating</source>
        <translation>等次</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="139"/>
        <source>%1: cases</source>
        <translation>%1（件）</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="140"/>
        <source>%1: points</source>
        <translation>%1（分）</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="142"/>
        <location filename="../../core/reports/reportexport.cpp" line="242"/>
        <source>Assessment</source>
        <translation>考评</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="144"/>
        <location filename="../../core/reports/reportexport.cpp" line="243"/>
        <source>Rules: %1</source>
        <translation>考评规则：%1</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="165"/>
        <source>Cases registered in the period: %1</source>
        <translation>期间内受理的事项：%1</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="260"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/print/reportpdf.cpp" line="34"/>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>tz::ResidentId</name>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="35"/>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="41"/>
        <source>This is an old 15-digit ID number; ask for the 18-digit number on the current identity card.</source>
        <translation>这是旧的 15 位身份证号码；请询问群众现用身份证上的 18 位号码。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="47"/>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份证号码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="51"/>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation>身份证号码第 %1 位必须是数字。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="57"/>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation>身份证号码最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="60"/>
        <source>The ID number&apos;s region code (its first 6 digits) is not valid.</source>
        <translation>身份证号码的地区码（前 6 位）无效。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="64"/>
        <source>The birth date in the ID number (digits 7 to 14) is not a real date.</source>
        <translation>身份证号码中的出生日期（第 7 至 14 位）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="67"/>
        <source>The birth date in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="70"/>
        <source>The ID number&apos;s check digit does not match: one character is probably mistyped.</source>
        <translation>身份证号码校验位不符：可能有一位输错了。</translation>
    </message>
</context>
<context>
    <name>tz::Residents</name>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="58"/>
        <source>A handler may not register or edit residents.</source>
        <translation>承办人不能登记或修改群众档案。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="61"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>单位 %1 不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="85"/>
        <source>A resident&apos;s name needs 1 to 30 characters.</source>
        <translation>群众姓名须为 1 至 30 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="90"/>
        <source>A name holds no digits or control characters.</source>
        <translation>姓名中不能有数字或控制字符。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="108"/>
        <source>An address may have at most 120 characters.</source>
        <translation>地址不能超过 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="113"/>
        <location filename="../../core/residents/residentservice.cpp" line="171"/>
        <source>&quot;%1&quot; is not a care group.</source>
        <translation>“%1”不是重点人群类别。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="127"/>
        <source>A resident with this ID number is already registered.</source>
        <translation>该身份证号码的群众已经登记。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="141"/>
        <location filename="../../core/residents/residentservice.cpp" line="165"/>
        <location filename="../../core/residents/residentservice.cpp" line="185"/>
        <source>There is no such resident.</source>
        <translation>没有这位群众的档案。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="151"/>
        <source>Another resident has this ID number.</source>
        <translation>另一位群众已使用该身份证号码。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="196"/>
        <source>This resident lives outside your part of the org tree and none of their cases is with your unit.</source>
        <translation>该居民不在您负责的范围内，其诉求事项也没有在您的单位办理。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="202"/>
        <source>Say why you need the full number: it is recorded with your name.</source>
        <translation>请说明查看完整号码的原因：原因将与您的姓名一并记录。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="207"/>
        <source>The reason is longer than 200 characters.</source>
        <translation>原因超过200个字。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="212"/>
        <source>No phone number is recorded for this resident.</source>
        <translation>该居民没有登记电话。</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="214"/>
        <source>No ID number is recorded for this resident.</source>
        <translation>该居民没有登记身份证号。</translation>
    </message>
</context>
<context>
    <name>tz::ResidentsPage</name>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="50"/>
        <source>Name, pinyin initials, phone or last digits of the ID</source>
        <translation>姓名、拼音首字母、电话或身份证后几位</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="52"/>
        <source>&amp;Find a resident:</source>
        <translation>查找居民(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="65"/>
        <source>Type at least one character of a name, two pinyin initials (e.g. lch for 黎承辉), or four digits of a phone or ID number.</source>
        <translation>输入姓名中的字、两个以上拼音首字母（如 lch 查黎承辉），或电话、身份证号的四位以上数字。</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="86"/>
        <location filename="../../ui/residents/residentspage.cpp" line="88"/>
        <source>Show in full…</source>
        <translation>查看完整…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="102"/>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="103"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="104"/>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="105"/>
        <source>Unit and grid:</source>
        <translation>所属单位和网格：</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="108"/>
        <source>Care groups</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="120"/>
        <source>Save tags</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="127"/>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="135"/>
        <source>Cases this resident brought</source>
        <translation>该居民的诉求事项</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="238"/>
        <source>Nobody found for &quot;%1&quot;. New residents are added at 受理 (F2).</source>
        <translation>没有找到“%1”。新居民在受理页（F2）登记。</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="252"/>
        <location filename="../../ui/residents/residentspage.cpp" line="253"/>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="271"/>
        <source>%1 (this resident)</source>
        <translation>%1（本人）</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="276"/>
        <source>No household recorded.</source>
        <translation>未登记家庭。</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="287"/>
        <source>the care groups of %1</source>
        <translation>%1的重点人群标记</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="300"/>
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
</context>
<context>
    <name>tz::RevealDialog</name>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="24"/>
        <source>Show the full phone number</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="24"/>
        <source>Show the full ID number</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="27"/>
        <source>Your name, the time and the reason are kept in the ledger with this request.</source>
        <translation>本次查看的人员、时间和原因都会记入台账。</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="31"/>
        <source>e.g. to call back about case 20261130-…</source>
        <translation>例如：回电告知事项 20261130-… 的办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="32"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="47"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="72"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>tz::Role</name>
    <message>
        <location filename="../../core/auth/role.cpp" line="45"/>
        <source>Counter clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="47"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="49"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="51"/>
        <source>Supervisor</source>
        <translation>督查员</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="53"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>tz::RulesDialog</name>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="40"/>
        <source>Assessment rules: save as a new version</source>
        <translation>考评规则：另存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="48"/>
        <source>e.g. 金城江区网格化服务管理考评办法（2027 年版）</source>
        <translation>例如：金城江区网格化服务管理考评办法（2027 年版）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="55"/>
        <source>&amp;Full score:</source>
        <translation>满分(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="57"/>
        <source>Rated Good &amp;from:</source>
        <extracomment>The lowest score rated 好</extracomment>
        <translation>“好”的最低分(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="59"/>
        <source>Rated Fairly good f&amp;rom:</source>
        <extracomment>The lowest score rated 较好 (below it: 一般)</extracomment>
        <translation>“较好”的最低分(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Rule as shown</source>
        <translation>规则说明</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Counts the cases</source>
        <translation>统计的事项</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Points per case</source>
        <translation>每件分值</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>At most</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="69"/>
        <source>Points per case: negative loses points, positive gains them. At most: the most one rule moves a score either way (0: no limit).</source>
        <translation>每件分值：负数扣分，正数加分。上限：一条规则最多扣或加的分数（0 表示不设上限）。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="77"/>
        <source>&amp;Add a rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="83"/>
        <source>&amp;Remove the rule</source>
        <translation>删除规则(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="96"/>
        <source>&amp;Save as a new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="100"/>
        <source>Ratings made with earlier versions stay as they were: each version is kept, and 考评 shows which one a sheet used.</source>
        <translation>用以前版本作出的评定保持不变：每个版本都会保留，考评页注明所用的规则版本。</translation>
    </message>
</context>
<context>
    <name>tz::Satisfaction</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="83"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="85"/>
        <source>Mostly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="87"/>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>tz::Settings</name>
    <message>
        <location filename="../../core/settings/settings.cpp" line="55"/>
        <source>A setting&apos;s value may not hold control characters.</source>
        <translation>设置的值不能含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="63"/>
        <source>A phone number holds digits, spaces and - + ( ) / 转 only.</source>
        <translation>电话号码只能包含数字、空格和 - + ( ) / 转。</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="70"/>
        <source>A phone number has at least five digits.</source>
        <translation>电话号码至少要有五位数字。</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="97"/>
        <source>That is not a value the setting %1 can take.</source>
        <translation>设置项 %1 不能取这个值。</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="133"/>
        <source>There is no setting named %1.</source>
        <translation>没有名为 %1 的设置项。</translation>
    </message>
</context>
<context>
    <name>tz::SettingsPage</name>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="40"/>
        <source>Center and language</source>
        <translation>中心与语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="42"/>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="59"/>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="60"/>
        <source>Departments and deadlines</source>
        <translation>部门与时限</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="61"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="62"/>
        <source>Service catalog</source>
        <translation>服务清单</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="46"/>
        <source>Imports, users, departments, deadlines, grids and the catalog are changed by an administrator.</source>
        <translation>导入、用户、部门、时限、网格和服务清单由管理员修改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="75"/>
        <source>The center, as receipts print it</source>
        <translation>服务中心（打印在回执上）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="81"/>
        <source>e.g. 五圩镇党群服务中心</source>
        <translation>例如：五圩镇党群服务中心</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="84"/>
        <source>e.g. 0778-2291234</source>
        <translation>例如：0778-2291234</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="87"/>
        <source>Center &amp;name:</source>
        <translation>中心名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="88"/>
        <source>Center &amp;phone:</source>
        <translation>服务电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="89"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="104"/>
        <source>Interface language on this computer</source>
        <translation>本机界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="113"/>
        <source>Takes effect the next time Taizhang opens.</source>
        <translation>下次打开民情台账时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="115"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="132"/>
        <source>The center&apos;s name is printed on every receipt: it cannot be empty.</source>
        <translation>中心名称会打印在每张回执上，不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="138"/>
        <source>The name is at most 60 characters and the phone at most 30.</source>
        <translation>名称最多60个字，电话最多30个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="153"/>
        <source>Saved: the next receipt prints it.</source>
        <translation>已保存：下一张回执即按此打印。</translation>
    </message>
    <message>
        <source>A file is checked row by row first: if any row is wrong nothing is imported and the rows are listed below with the reason. Importing the same file again changes nothing.</source>
        <translation type="vanished">导入前逐行检查文件：只要有一行有误，就整份不导入，并在下方列出有误的行和原因。重复导入同一文件不会改变任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="172"/>
        <source>Division tree (行政区划)</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="173"/>
        <source>CSV header: code,name,level,parent_code (level: city, county, township, village)</source>
        <translation>CSV表头：code,name,level,parent_code（level 为 city、county、township、village）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="176"/>
        <source>CSV header: date,kind,name (kind: holiday or workday)</source>
        <translation>CSV表头：date,kind,name（kind 为 holiday 放假或 workday 调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="178"/>
        <source>CSV header: name,list,handling,department,deadline_days</source>
        <translation>CSV表头：name,list,handling,department,deadline_days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="175"/>
        <source>Holiday calendar (节假日)</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="162"/>
        <source>A file is checked row by row first: if any row is wrong nothing is imported and the rows are listed below with the reason. Importing the same file again changes nothing, and an import stopped with Cancel changes nothing either.</source>
        <translation>文件先逐行检查：只要有一行有误，就什么都不导入，并在下方列出这些行及原因。再次导入同一文件不会有任何改动；导入途中按“取消”停止，也不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="177"/>
        <source>Service catalog (服务清单)</source>
        <translation>服务清单</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="184"/>
        <source>Choose a file and import…</source>
        <translation>选择文件并导入…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="190"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="190"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="201"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="201"/>
        <source>Why it was rejected</source>
        <translation>未通过的原因</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="220"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="234"/>
        <source>Division tree imported: %1 new, %2 renamed, %3 unchanged.</source>
        <translation>行政区划已导入：新增 %1，改名 %2，未变 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="243"/>
        <source>Holiday calendar imported: %1 days set, %2 unchanged.</source>
        <translation>节假日已导入：设置 %1 天，未变 %2 天。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="251"/>
        <source>Catalog imported: %1 items defined, %2 unchanged.</source>
        <translation>服务清单已导入：设置 %1 项，未变 %2 项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/settingspage.cpp" line="260"/>
        <source>%n row(s) were rejected; nothing was imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>%n 行未通过检查，整份文件未导入。请修改文件后重新导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tz::SetupDialog</name>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="30"/>
        <source>Set up this computer — Taizhang case ledger</source>
        <translation>设置本机 — 民情台账</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="32"/>
        <source>This computer has no ledger to sign in to yet. Type the address of your county&apos;s sync server and the one-time code your administrator gave for your unit: the unit&apos;s ledger is downloaded here, then you sign in with your usual account.</source>
        <translation>本机还没有可以登录的台账。请输入县同步服务器的地址和管理员为本单位发放的一次性码：本单位的台账会下载到本机，然后用您平常的账号登录。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="46"/>
        <source>10 letters and digits</source>
        <translation>10 位字母和数字</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="47"/>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="48"/>
        <source>One-time &amp;code:</source>
        <translation>一次性码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="57"/>
        <source>A counter that keeps its ledger without a server is set up with taizhang-cli init (see the user guide).</source>
        <translation>不连服务器、单机使用的窗口，请用 taizhang-cli init 建立台账（见使用说明）。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="65"/>
        <source>Connect and download</source>
        <translation>连接并下载</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="82"/>
        <source>already connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="83"/>
        <location filename="../../ui/sync/setupdialog.cpp" line="129"/>
        <source>Continue the download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="99"/>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="116"/>
        <source>The server sent no user of your unit. Ask the administrator to add your account, then continue.</source>
        <translation>服务器没有发来本单位的用户。请管理员为您添加账号，然后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="122"/>
        <source>%1 What arrived so far is kept: continue when the network is back.</source>
        <translation>%1 已收到的内容都已保留：网络恢复后继续即可。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="141"/>
        <source>Downloading the unit&apos;s ledger: %1 of %2 MB</source>
        <translation>正在下载本单位台账：%1 / %2 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/setupdialog.cpp" line="148"/>
        <source>Receiving the unit&apos;s records: %n so far</source>
        <translation>
            <numerusform>正在接收本单位记录：已收到 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tz::SnapshotAdoption</name>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="144"/>
        <source>its file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="157"/>
        <source>it holds events of this device</source>
        <translation>其中含有本机的记录</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="163"/>
        <source>The server&apos;s starting copy failed its check (%1); it was not taken and nothing here was changed.</source>
        <translation>服务器提供的初始副本未通过校验（%1），未予采用，本机数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>tz::SnapshotDownload</name>
    <message>
        <location filename="../../core/sync/snapshotdownload.cpp" line="24"/>
        <source>The server&apos;s starting copy arrived damaged; it will be fetched again. Nothing here was lost.</source>
        <translation>服务器的初始副本传输中损坏，将重新下载。本机内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../core/sync/snapshotdownload.cpp" line="152"/>
        <source>%1 The records of this unit are received one by one instead.</source>
        <translation>%1 改为逐条接收本单位的记录。</translation>
    </message>
</context>
<context>
    <name>tz::StatisticsPage</name>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="80"/>
        <location filename="../../ui/reports/statisticscharts.cpp" line="153"/>
        <location filename="../../ui/reports/statisticscharts.cpp" line="178"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>Registered</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="81"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="98"/>
        <source>%1 registered, %2 resolved</source>
        <translation>受理 %1 件，办结 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="107"/>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="112"/>
        <source>Over time</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="126"/>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 件（%3%）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="141"/>
        <source>No cases in the period</source>
        <translation>期间内没有事项</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="149"/>
        <source>By class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="166"/>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="174"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="179"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="193"/>
        <source>%1 · registered</source>
        <translation>%1 · 受理</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="201"/>
        <source>%1 · overdue now</source>
        <translation>%1 · 当前超期</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="203"/>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="212"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="514"/>
        <source>whole ledger</source>
        <translation>全台账</translation>
    </message>
    <message>
        <source>Statistics — %1</source>
        <translation type="vanished">统计 — %1</translation>
    </message>
    <message>
        <source>Period %1 to %2; open and overdue cases as of %3.</source>
        <translation type="vanished">统计期间 %1 至 %2；在办与超期件数截至 %3。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="vanished">指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="vanished">分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="vanished">分母</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="vanished">口径</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="vanished">版本</translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="vanished">各单位</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="139"/>
        <source>Assessment</source>
        <extracomment>统计&apos;s second view: the units&apos; scores and ratings (考评)</extracomment>
        <translation>考评</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>Completion</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>On time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Local</source>
        <translation>属地解决率</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Open now</source>
        <translation>当前在办</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="117"/>
        <source>Click a number to list its cases (a rate: the cases it is taken over; right-click for the others). Double-click a unit to see the units under it.</source>
        <translation>单击数字，下方列出相应事项（比率列出其分母事项；右键可选分子或分母）。双击单位名称查看其下级单位。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="128"/>
        <source>Click a figure, a bar, a slice or a number to list its cases here.</source>
        <translation>单击指标、柱条、扇区或表中数字，在此列出相应事项。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="137"/>
        <source>Measures</source>
        <extracomment>统计&apos;s first view: the measures, charts and units</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="177"/>
        <source>List the cases counted in (numerator)</source>
        <translation>列出计入的事项（分子）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="178"/>
        <source>List the cases it is taken over (denominator)</source>
        <translation>列出统计范围内的事项（分母）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="186"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="187"/>
        <source>numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="187"/>
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="207"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="213"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="216"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="217"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="218"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="219"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="220"/>
        <source>Last year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="221"/>
        <source>Other dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="231"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="234"/>
        <source>E&amp;xcel…</source>
        <extracomment>Saves the report (measures, units, 考评 and the cases) as an xlsx workbook</extracomment>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="237"/>
        <source>The measures with their rules, the units, 考评 and the cases registered in the period, as an Excel workbook</source>
        <translation>将指标及其口径、各单位、考评和期间内受理的事项保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="239"/>
        <source>P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="546"/>
        <source>Writing the report…</source>
        <translation>正在生成报表……</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="550"/>
        <source>The export did not finish.</source>
        <translation>导出未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="559"/>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="559"/>
        <source>Save the report for Excel</source>
        <translation>将报表保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="560"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="560"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="565"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="vanished">打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="354"/>
        <source>The last day comes before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="386"/>
        <source>%1
Definition version %2</source>
        <extracomment>A measure&apos;s definition and its version, in the tooltip of its figure in 统计</extracomment>
        <translation>%1
口径版本 %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="392"/>
        <source>%1 · v%2</source>
        <extracomment>A measure&apos;s name and the version of its definition, e.g. &quot;办结率 · 口径1&quot;</extracomment>
        <translation>%1 · 口径%2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="411"/>
        <source>List the cases counted in</source>
        <translation>列出计入的事项（分子）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="414"/>
        <source>List the cases it is taken over</source>
        <translation>列出统计范围内的事项（分母）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="433"/>
        <source> · numerator</source>
        <translation> · 分子</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="434"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="482"/>
        <source> · denominator</source>
        <translation> · 分母</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="436"/>
        <source>%1%2: %3</source>
        <extracomment>The list under 统计: a measure, which side of it, and its rule (&quot;办结率 · 分子：…&quot;)</extracomment>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="466"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="481"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="514"/>
        <source>%1 (all)</source>
        <translation>%1（合计）</translation>
    </message>
</context>
<context>
    <name>tz::Storage</name>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="18"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满：未保存任何数据。请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="25"/>
        <source>The ledger file cannot be written (read-only or no permission): nothing was saved. (%1)</source>
        <translation>台账文件无法写入（只读或无权限）：未保存任何数据。（%1）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="33"/>
        <source>The ledger is busy in another program: nothing was saved. Try again.</source>
        <translation>台账正被其他程序占用：未保存任何数据。请重试。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="39"/>
        <source>The ledger file is damaged or is not a ledger (%1). Restore it from a backup or from the server.</source>
        <translation>台账文件已损坏或不是台账（%1）。请从备份或服务器恢复。</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="46"/>
        <source>The disk reported an error: nothing was saved. (%1)</source>
        <translation>磁盘报告错误：未保存任何数据。（%1）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="51"/>
        <source>The ledger refused a change that breaks its rules: %1</source>
        <translation>台账拒绝了违反规则的修改：%1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="57"/>
        <source>Ledger error: %1</source>
        <translation>台账错误：%1</translation>
    </message>
</context>
<context>
    <name>tz::SupervisionPage</name>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="52"/>
        <source>↑ Up a level</source>
        <translation>↑ 上一级</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="61"/>
        <source>Overdue cases</source>
        <translation>已超期事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="62"/>
        <source>Supervised cases</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="63"/>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="64"/>
        <source>All open cases</source>
        <translation>全部未办结事项</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="66"/>
        <source>Conflicting decisions</source>
        <extracomment>Cases two computers decided differently at the same time (核对冲突)</extracomment>
        <translation>冲突待核</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="67"/>
        <source>&amp;List:</source>
        <translation>列出(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Overdue rate</source>
        <translation>超期率</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="88"/>
        <source>Double-click a unit (or press Enter) to see the units under it.</source>
        <translation>双击单位（或按回车）查看其下级单位。</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="196"/>
        <source>%1 (all)</source>
        <translation>%1（合计）</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="207"/>
        <source>%1 (its own)</source>
        <translation>%1（本级）</translation>
    </message>
</context>
<context>
    <name>tz::Sync</name>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation type="vanished">服务器地址须以 https:// 开头（本机服务器可用 http://）。</translation>
    </message>
    <message>
        <source>Type the one-time code the administrator gave you.</source>
        <translation type="vanished">请输入管理员给您的一次性码。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation type="vanished">无法连接服务器 %1（%2）。</translation>
    </message>
    <message>
        <source>The code is wrong, already used or expired.</source>
        <translation type="vanished">一次性码错误、已用过或已过期。</translation>
    </message>
    <message>
        <location filename="../../core/sync/wire.cpp" line="37"/>
        <source>A malformed sync message: %1.</source>
        <translation>同步消息格式有误：%1。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="20"/>
        <source>The server&apos;s answer lists refused records that were not sent; nothing was changed.</source>
        <translation>服务器的答复列出了未曾发送的拒收记录；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="30"/>
        <source>The record belongs to a unit this computer may not write to.</source>
        <translation>这条记录属于本机无权写入的单位。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="33"/>
        <source>The org tree, the catalog and the calendar are changed on the county&apos;s administrator computer only.</source>
        <translation>组织架构、服务事项清单和工作日历只能在县级管理员的电脑上修改。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="37"/>
        <source>The user who recorded it may not take this step.</source>
        <translation>记录它的用户无权进行这一步操作。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="39"/>
        <source>The user who recorded it is not known to the server (created outside its scope?).</source>
        <translation>服务器不认识记录它的用户（是否在本机范围之外创建的？）。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="42"/>
        <source>A user with this login name exists already: choose another name for the new user.</source>
        <translation>已有用户使用这个登录名：请给新用户另取一个名字。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="45"/>
        <source>Another case was registered under the same number: register this one again.</source>
        <translation>已有另一事项以同一编号登记：请重新登记此事项。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="48"/>
        <source>It is not chained to this computer&apos;s record before it: the ledger may have been tampered with.</source>
        <translation>它与本机之前的记录接不上链：台账可能被篡改过。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="51"/>
        <source>The case it belongs to was never accepted by the server.</source>
        <translation>它所属的事项从未被服务器接收。</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="54"/>
        <source>The server refused it.</source>
        <translation>服务器拒收了它。</translation>
    </message>
    <message>
        <location filename="../../core/sync/replylimits.cpp" line="42"/>
        <source>The server&apos;s answer is larger than any answer may be (%1 MB); it was not read.</source>
        <translation>服务器的答复超过了答复的上限（%1 MB），没有读取。</translation>
    </message>
    <message>
        <location filename="../../core/sync/replylimits.cpp" line="55"/>
        <source>The server&apos;s answer came too slowly and was abandoned; sync again later.</source>
        <translation>服务器的答复来得太慢，已放弃；请稍后再同步。</translation>
    </message>
</context>
<context>
    <name>tz::SyncClient</name>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="127"/>
        <source>The server at %1 cannot be reached (%2). Everything stays saved here; sync again later.</source>
        <translation>无法连接服务器 %1（%2）。本机内容都已保存，稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="137"/>
        <source>The server does not accept this device (%1): enroll it again with a new code.</source>
        <translation>服务器不再接受本机（%1）：请用新的一次性码重新连接。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="139"/>
        <source>The server refused: %1. Nothing here was lost.</source>
        <translation>服务器拒绝：%1。本机内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="141"/>
        <source>The server has no such thing (%1).</source>
        <translation>服务器上没有所请求的内容（%1）。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="144"/>
        <source>The server refused a conflicting event: %1. Nothing here was lost.</source>
        <translation>服务器拒绝了有冲突的记录：%1。本机内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="146"/>
        <source>Too many attempts: wait a few minutes and try again.</source>
        <translation>尝试次数过多：请等几分钟再试。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="149"/>
        <source>The server answered with an error (%1). Nothing here was lost.</source>
        <translation>服务器返回错误（%1）。本机内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="201"/>
        <source>The server&apos;s answer for access is incomplete.</source>
        <translation>服务器的授权应答不完整。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="229"/>
        <source>The server no longer accepts this computer (it was revoked, or enrolled again elsewhere). Everything here stays saved; ask the administrator for a new code and connect again.</source>
        <translation>服务器不再接受本机（已被吊销，或在别处重新连接过）。本机内容都已保存；请向管理员索取新的一次性码后重新连接。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="236"/>
        <source>The server already enrolled a computer under this ledger&apos;s id: this ledger was copied from an enrolled computer, or enrolled before. A ledger is enrolled once; set this computer up anew from the server.</source>
        <translation>服务器上已有一台电脑以本台账的编号注册：本台账是从已注册的电脑复制来的，或以前已注册过。一个台账只能注册一次；请从服务器把这台电脑重新设置为新设备。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="275"/>
        <source>The server&apos;s answer to the enrollment is incomplete.</source>
        <translation>服务器对登记的答复不完整。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="106"/>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>服务器地址须以 https:// 开头（本机服务器可用 http://）。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="114"/>
        <source>http:// would send this computer&apos;s secret and the residents&apos; records unencrypted: use the server&apos;s https:// address (http:// only for a server on this computer).</source>
        <translation>http:// 会把本机的密钥和居民的记录以明文发送：请使用服务器的 https:// 地址（http:// 只用于本机上的服务器）。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="119"/>
        <source>Type the one-time code the administrator gave you.</source>
        <translation>请输入管理员给您的一次性码。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="306"/>
        <source>This computer is not enrolled with a server yet.</source>
        <translation>本机尚未连接同步服务器。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="334"/>
        <source>The server acknowledged a different number of events than were sent.</source>
        <translation>服务器确认的记录数与发出的不一致。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="351"/>
        <source>The server sent a cursor that goes backwards.</source>
        <translation>服务器发来的同步位置倒退了。</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="449"/>
        <location filename="../../core/sync/syncclient.cpp" line="465"/>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>同步已停止；已收到的内容都已保存。</translation>
    </message>
</context>
<context>
    <name>tz::SyncStatus</name>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="65"/>
        <source> · %n to send</source>
        <translation>
            <numerusform> · 待发送 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="69"/>
        <source>Offline (no sync server)</source>
        <translation>离线（未连接同步服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="70"/>
        <source>Connect…</source>
        <translation>连接服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="71"/>
        <source>Everything is kept on this computer. Connect to the county&apos;s server to share it.</source>
        <translation>所有内容都保存在本机。连接县里的服务器即可共享。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="76"/>
        <source>Syncing… starting copy %1 of %2 MB</source>
        <extracomment>A new computer downloads its unit&apos;s ledger from the server: MB so far, MB in all</extracomment>
        <translation>正在同步…初始副本 %1 / %2 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="80"/>
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>正在同步……已收到 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="82"/>
        <location filename="../../ui/sync/syncstatus.cpp" line="87"/>
        <location filename="../../ui/sync/syncstatus.cpp" line="93"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="86"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="86"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="92"/>
        <source>Not synced, retry at %1</source>
        <translation>未同步，%1 重试</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="100"/>
        <source> · indexing for search: %n case(s) left</source>
        <extracomment>After a large sync: received cases are being added to the search index.</extracomment>
        <translation>
            <numerusform> · 建立检索索引：剩 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="102"/>
        <source>Search already finds these cases; it is faster once they are indexed.</source>
        <translation>搜索已能找到这些事项，建好索引后会更快。</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="106"/>
        <source>Attachments wait: %1</source>
        <extracomment>%1 says why photos or scans could not be sent or fetched; the next sync tries again.</extracomment>
        <translation>附件待传：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="110"/>
        <source> · server behind this computer</source>
        <extracomment>The server lists fewer records for this unit than this computer holds.</extracomment>
        <translation> · 服务器记录少于本机</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="112"/>
        <source>This computer holds %n record(s) the server no longer lists for your unit (was the server restored from an older backup?). Nothing here is lost: tell the administrator.</source>
        <translation>
            <numerusform>本机有 %n 条记录服务器上已不再列出（服务器是否用较旧的备份恢复过？）。本机内容没有丢失：请告知管理员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="119"/>
        <source> · %n record(s) refused</source>
        <extracomment>Records the server would not take: kept on this computer, never sent again.</extracomment>
        <translation>
            <numerusform> · %n 条记录被拒收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="121"/>
        <source>The server refused %n record(s) made on this computer; they stay here and the rest is shared as usual. Tell the administrator:</source>
        <translation>
            <numerusform>服务器拒收了本机的 %n 条记录；它们保留在本机，其余记录照常共享。请告知管理员：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="135"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="135"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="137"/>
        <source> · this computer&apos;s clock is %1 ahead</source>
        <translation> · 本机时钟快了 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="138"/>
        <source> · this computer&apos;s clock is %1 behind</source>
        <translation> · 本机时钟慢了 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="140"/>
        <source>Set this computer&apos;s date and time: the server&apos;s clock differs by %1.</source>
        <translation>请校准本机的日期和时间：与服务器时钟相差 %1。</translation>
    </message>
</context>
<context>
    <name>tz::Unsaved</name>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="12"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="13"/>
        <source>Your changes to %1 are not saved yet.</source>
        <translation>您对%1的修改还没有保存。</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="17"/>
        <source>&amp;Save them</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="19"/>
        <source>&amp;Throw them away</source>
        <translation>放弃修改(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="21"/>
        <source>Keep &amp;editing</source>
        <translation>继续编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>tz::Users</name>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="41"/>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="45"/>
        <source>A password may have at most 128 characters.</source>
        <translation>密码不能超过 128 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="54"/>
        <source>Only an administrator may create users.</source>
        <translation>只有管理员可以创建用户。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="58"/>
        <source>A login name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>登录名由 2 至 32 个小写字母、数字、点、短横线或下划线组成。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="65"/>
        <source>The display name needs 1 to 30 characters.</source>
        <translation>显示名称须为 1 至 30 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="69"/>
        <source>The login name %1 is taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="71"/>
        <source>Every user except a ledger administrator belongs to an org unit.</source>
        <translation>除台账管理员外，每个用户都必须属于一个单位。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="76"/>
        <source>There is no unit with code %1.</source>
        <translation>没有代码为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="80"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>单位 %1 不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="86"/>
        <source>The department does not belong to the user&apos;s unit.</source>
        <translation>该部门不属于用户所在单位。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="111"/>
        <source>Only an administrator may change another user&apos;s password.</source>
        <translation>只有管理员可以修改他人的密码。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="114"/>
        <location filename="../../core/auth/userservice.cpp" line="130"/>
        <source>There is no such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="128"/>
        <source>Only an administrator may deactivate users.</source>
        <translation>只有管理员可以停用用户。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="145"/>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="154"/>
        <source>This account has been deactivated.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="160"/>
        <source>This account is locked after %1 wrong passwords. Try again in %2 minutes, or ask an administrator.</source>
        <translation>该账号因连续 %1 次密码错误已被锁定。请 %2 分钟后再试，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="178"/>
        <source>Wrong password. The account is now locked for %1 minutes.</source>
        <translation>密码错误。账号现已锁定 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="181"/>
        <source>Wrong login name or password. %1 more wrong tries lock the account for %2 minutes.</source>
        <translation>登录名或密码错误。再错 %1 次，账号将被锁定 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="23"/>
        <location filename="../../core/workspace/workspace.cpp" line="101"/>
        <source>Ledger administrator</source>
        <translation>台账管理员</translation>
    </message>
</context>
<context>
    <name>tz::UsersTab</name>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="47"/>
        <source>Set a new password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="48"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="58"/>
        <source>letters and digits, e.g. wxsq-chuangkou</source>
        <translation>字母和数字，例如 wxsq-chuangkou</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="73"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="74"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="75"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="76"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="77"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="78"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="79"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="97"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="98"/>
        <source>New password (at least 8 characters):</source>
        <translation>新密码（至少8个字符）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="102"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="108"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="109"/>
        <source>%1 will no longer be able to sign in. Their cases and history stay. Go on?</source>
        <translation>%1 将不能再登录，其经办的事项和记录都保留。继续吗？</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="114"/>
        <source>Deactivated.</source>
        <translation>已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="137"/>
        <source>whole ledger</source>
        <translation>全台账</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="138"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="138"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="147"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="157"/>
        <source>Pick a user in the list first.</source>
        <translation>请先在列表中选择用户。</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="174"/>
        <source>%1 can sign in now as %2.</source>
        <translation>%1 现在可以用 %2 登录了。</translation>
    </message>
</context>
<context>
    <name>tz::WorkbenchPage</name>
    <message>
        <source>Alt+%1</source>
        <translation type="vanished">Alt+%1</translation>
    </message>
</context>
<context>
    <name>tz::Xlsx</name>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="33"/>
        <source>Cannot create the Excel file %1.</source>
        <translation>无法创建 Excel 文件 %1。</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="70"/>
        <source>The sheet name %1 is not allowed.</source>
        <translation>工作表名称“%1”不可用。</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="144"/>
        <source>Cannot write the Excel file %1: %2</source>
        <translation>无法写入 Excel 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="153"/>
        <source>Cannot write the Excel file %1.</source>
        <translation>无法写入 Excel 文件 %1。</translation>
    </message>
</context>
<context>
    <name>tz::server</name>
    <message>
        <source>The server&apos;s database refused: %1</source>
        <translation type="vanished">服务器数据库拒绝：%1</translation>
    </message>
</context>
<context>
    <name>tz::server::ActorStore</name>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="59"/>
        <location filename="../../app/server/actorstore.cpp" line="115"/>
        <source>%1 is recorded by %2, a user the server does not know</source>
        <translation>%1 由服务器不认识的用户 %2 记录</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="64"/>
        <source>user %1 (%2) may not change the assessment rules</source>
        <translation>用户 %1（%2）无权修改考评规则</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="71"/>
        <source>user %1 (%2) may not %3</source>
        <translation>用户 %1（%2）无权%3</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="102"/>
        <source>the login %1 or the user %2 exists already</source>
        <translation>登录名 %1 或用户 %2 已存在</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="118"/>
        <source>%1 is recorded by %2, a user of unit %3 outside this device&apos;s scope</source>
        <translation>%1 由 %2 记录，而该用户属于本机范围之外的单位 %3</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="136"/>
        <source>user %1 may not create, reset or close accounts</source>
        <translation>用户 %1 无权创建、重置或停用账号</translation>
    </message>
</context>
<context>
    <name>tz::server::DeviceStore</name>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="71"/>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation>“%1”不是 12 位区划代码。</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="94"/>
        <source>the enrollment code is wrong, used or expired</source>
        <translation>一次性码错误、已用过或已过期</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="105"/>
        <source>this device id is already enrolled; a new device needs an id of its own</source>
        <translation>该设备编号已注册；新设备需要自己的编号</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="144"/>
        <location filename="../../app/server/devicestore.cpp" line="155"/>
        <source>unknown device or secret</source>
        <translation>未知的设备或密钥</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="213"/>
        <source>No device %1 is enrolled.</source>
        <translation>没有登记过设备 %1。</translation>
    </message>
</context>
<context>
    <name>tz::server::EventStore</name>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="116"/>
        <source>an event of another device</source>
        <translation>另一台设备的记录</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="118"/>
        <source>an event does not match its hash</source>
        <translation>记录与其哈希不符</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="125"/>
        <source>a different event was already stored under number %1</source>
        <translation>编号 %1 下已存有另一条记录</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="163"/>
        <source>event %1 of this device is not chained to its event %2</source>
        <translation>本设备的第 %1 条记录未与其第 %2 条记录相链</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="168"/>
        <source>shared reference data is changed at the top unit only</source>
        <translation>共享基础数据只能由最上级单位修改</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="172"/>
        <source>%1 was never registered here; its step cannot be stored</source>
        <translation>%1 从未在此登记，无法保存它的这一步</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="179"/>
        <source>%1 is outside this device&apos;s scope</source>
        <translation>%1 不在本机的范围内</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="191"/>
        <source>case number %1 is registered for another case already</source>
        <translation>编号 %1 已登记给另一事项</translation>
    </message>
</context>
<context>
    <name>tz::server::FileStore</name>
    <message>
        <location filename="../../app/server/filestore.cpp" line="92"/>
        <source>no case refers to this file</source>
        <translation>没有事项引用此文件</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="93"/>
        <source>this file belongs to cases outside this device&apos;s scope</source>
        <translation>此文件属于本设备范围以外的事项</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="120"/>
        <source>the file&apos;s size differs from the one first announced</source>
        <translation>文件大小与最初声明的不一致</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="124"/>
        <source>more bytes than the file&apos;s size</source>
        <translation>字节数超过文件大小</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="140"/>
        <source>the bytes received do not match the file&apos;s hash</source>
        <translation>收到的字节与文件哈希不符</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="165"/>
        <source>the server does not hold this file yet</source>
        <translation>服务器尚未保存此文件</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="169"/>
        <source>an offset outside the file</source>
        <translation>偏移量超出文件范围</translation>
    </message>
</context>
<context>
    <name>tz::server::ServerStore</name>
    <message>
        <source>PostgreSQL is not supported by this server yet; use --db sqlite:PATH.</source>
        <translation type="vanished">本服务器暂不支持 PostgreSQL；请用 --db sqlite:路径。</translation>
    </message>
    <message>
        <source>--db takes sqlite:PATH or postgresql://…, not &quot;%1&quot;.</source>
        <translation type="vanished">--db 须为 sqlite:路径 或 postgresql://…，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation type="vanished">“%1”不是 12 位区划代码。</translation>
    </message>
    <message>
        <source>the enrollment code is wrong, used or expired</source>
        <translation type="vanished">一次性码错误、已用过或已过期</translation>
    </message>
    <message>
        <source>this device id is already enrolled; a new device needs an id of its own</source>
        <translation type="vanished">该设备编号已注册；新设备需要自己的编号</translation>
    </message>
    <message>
        <source>unknown device or secret</source>
        <translation type="vanished">未知的设备或密钥</translation>
    </message>
    <message>
        <source>No device %1 is enrolled.</source>
        <translation type="vanished">没有登记过设备 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s database was written by a newer taizhang-server (schema %1; this program knows up to %2). Run that version or a newer one; the database was not changed.</source>
        <translation type="vanished">服务器数据库由更新版本的 taizhang-server 写入（结构版本 %1；本程序只认识到 %2）。请运行该版本或更新的版本；数据库未作任何改动。</translation>
    </message>
    <message>
        <source>an event of another device</source>
        <translation type="vanished">另一台设备的记录</translation>
    </message>
    <message>
        <source>an event does not match its hash</source>
        <translation type="vanished">记录与其哈希不符</translation>
    </message>
    <message>
        <source>a different event was already stored under number %1</source>
        <translation type="vanished">编号 %1 下已存有另一条记录</translation>
    </message>
    <message>
        <source>shared reference data is changed at the top unit only</source>
        <translation type="vanished">共享基础数据只能由最上级单位修改</translation>
    </message>
    <message>
        <source>%1 was never registered here; its step cannot be stored</source>
        <translation type="vanished">%1 从未在此登记，无法保存它的这一步</translation>
    </message>
    <message>
        <source>%1 is outside this device&apos;s scope</source>
        <translation type="vanished">%1 不在本机的范围内</translation>
    </message>
    <message>
        <source>%1 is recorded by %2, a user the server does not know</source>
        <translation type="vanished">%1 由服务器不认识的用户 %2 记录</translation>
    </message>
    <message>
        <source>user %1 (%2) may not change the assessment rules</source>
        <translation type="vanished">用户 %1（%2）无权修改考评规则</translation>
    </message>
    <message>
        <source>user %1 (%2) may not %3</source>
        <translation type="vanished">用户 %1（%2）无权%3</translation>
    </message>
    <message>
        <source>the login %1 or the user %2 exists already</source>
        <translation type="vanished">登录名 %1 或用户 %2 已存在</translation>
    </message>
    <message>
        <source>%1 is recorded by %2, a user of unit %3 outside this device&apos;s scope</source>
        <translation type="vanished">%1 由 %2 记录，而该用户属于本机范围之外的单位 %3</translation>
    </message>
    <message>
        <source>user %1 may not create, reset or close accounts</source>
        <translation type="vanished">用户 %1 无权创建、重置或停用账号</translation>
    </message>
    <message>
        <source>user %1 may not create users</source>
        <translation type="vanished">用户 %1 无权创建用户</translation>
    </message>
    <message>
        <source>no case refers to this file</source>
        <translation type="vanished">没有事项引用此文件</translation>
    </message>
    <message>
        <source>this file belongs to cases outside this device&apos;s scope</source>
        <translation type="vanished">此文件属于本设备范围以外的事项</translation>
    </message>
    <message>
        <source>the file&apos;s size differs from the one first announced</source>
        <translation type="vanished">文件大小与最初声明的不一致</translation>
    </message>
    <message>
        <source>more bytes than the file&apos;s size</source>
        <translation type="vanished">字节数超过文件大小</translation>
    </message>
    <message>
        <source>the bytes received do not match the file&apos;s hash</source>
        <translation type="vanished">收到的字节与文件哈希不符</translation>
    </message>
    <message>
        <source>the server does not hold this file yet</source>
        <translation type="vanished">服务器尚未保存此文件</translation>
    </message>
    <message>
        <source>an offset outside the file</source>
        <translation type="vanished">偏移量超出文件范围</translation>
    </message>
    <message>
        <source>no such snapshot chunk</source>
        <translation type="vanished">没有该初始副本分块</translation>
    </message>
</context>
<context>
    <name>tz::server::SnapshotStore</name>
    <message>
        <location filename="../../app/server/snapshotstore.cpp" line="108"/>
        <source>no such snapshot chunk</source>
        <translation>没有该初始副本分块</translation>
    </message>
</context>
<context>
    <name>tz::server::StoreDatabase</name>
    <message>
        <location filename="../../app/server/storedatabase.cpp" line="74"/>
        <source>--db takes sqlite:PATH or postgresql://…, not &quot;%1&quot;.</source>
        <translation>--db 须为 sqlite:路径 或 postgresql://…，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>tz::server::StoreSchema</name>
    <message>
        <location filename="../../app/server/storeschema.cpp" line="119"/>
        <source>The server&apos;s database was written by a newer taizhang-server (schema %1; this program knows up to %2). Run that version or a newer one; the database was not changed.</source>
        <translation>服务器数据库由更新版本的 taizhang-server 写入（结构版本 %1；本程序只认识到 %2）。请运行该版本或更新的版本；数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>tz::server::store</name>
    <message>
        <location filename="../../app/server/storesupport.cpp" line="16"/>
        <source>The server&apos;s database refused: %1</source>
        <translation>服务器的数据库拒绝：%1</translation>
    </message>
</context>
</TS>
