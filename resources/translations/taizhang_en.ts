<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tz</name>
    <message>
        <source>The server&apos;s starting copy arrived damaged; it will be fetched again. Nothing here was lost.</source>
        <translation type="vanished">The server&apos;s starting copy arrived damaged; it will be fetched again. Nothing here was lost.</translation>
    </message>
</context>
<context>
    <name>tz::Assessment</name>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="30"/>
        <source>The assessment rules are not right: %1</source>
        <translation>The assessment rules are not right: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="58"/>
        <source>Not accepted within 24 hours of dispatch</source>
        <translation>Not accepted within 24 hours of dispatch</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="61"/>
        <source>Resolved after the deadline</source>
        <translation>Resolved after the deadline</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="63"/>
        <source>Registered in the period and not resolved</source>
        <translation>Registered in the period and not resolved</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="66"/>
        <source>Resolved at township level or below</source>
        <translation>Resolved at township level or below</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="68"/>
        <source>Resolved in the village</source>
        <translation>Resolved in the village</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="70"/>
        <source>Unsatisfied at the follow-up</source>
        <translation>Unsatisfied at the follow-up</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="72"/>
        <source>Satisfied at the follow-up</source>
        <translation>Satisfied at the follow-up</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="74"/>
        <source>Reopened after the follow-up</source>
        <translation>Reopened after the follow-up</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="92"/>
        <source>Response</source>
        <extracomment>The response stage of a case (响应: accepting what was dispatched)</extracomment>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="95"/>
        <source>Handling</source>
        <extracomment>The handling stage (办理)</extracomment>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="97"/>
        <source>Feedback</source>
        <extracomment>The feedback stage (反馈: the citizen&apos;s answer)</extracomment>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="122"/>
        <source>Good</source>
        <extracomment>Unit rating 好</extracomment>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="125"/>
        <source>Fairly good</source>
        <extracomment>Unit rating 较好</extracomment>
        <translation>Fairly good</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="130"/>
        <source>Average</source>
        <extracomment>Unit rating 一般</extracomment>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="153"/>
        <source>a name of 1 to 80 characters is needed.</source>
        <translation>a name of 1 to 80 characters is needed.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="155"/>
        <source>the full score must be above 0 and at most 1,000.</source>
        <translation>the full score must be above 0 and at most 1,000.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="158"/>
        <source>the lowest score for 较好 must not be above the one for 好, nor that above the full score.</source>
        <translation>the lowest score for 较好 must not be above the one for 好, nor that above the full score.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="162"/>
        <source>1 to 50 rules are needed.</source>
        <translation>1 to 50 rules are needed.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="175"/>
        <source>rule %1 needs a description of 1 to 60 characters.</source>
        <translation>rule %1 needs a description of 1 to 60 characters.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="181"/>
        <source>rule &quot;%1&quot; counts something this program does not know.</source>
        <translation>rule &quot;%1&quot; counts something this program does not know.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="185"/>
        <source>rule &quot;%1&quot; needs points between -100 and 100 per case and a limit of 0 to 1,000.</source>
        <translation>rule &quot;%1&quot; needs points between -100 and 100 per case and a limit of 0 to 1,000.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="245"/>
        <source>Only an administrator may change the assessment rules.</source>
        <translation>Only an administrator may change the assessment rules.</translation>
    </message>
    <message>
        <location filename="../../core/reports/assessment.cpp" line="264"/>
        <source>The saved rules cannot be read back.</source>
        <translation>The saved rules cannot be read back.</translation>
    </message>
</context>
<context>
    <name>tz::AssessmentView</name>
    <message>
        <source>&amp;Rules:</source>
        <translation type="vanished">&amp;Rules:</translation>
    </message>
    <message>
        <source>Rule &amp;set:</source>
        <translation type="vanished">Rule &amp;set:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="53"/>
        <source>&amp;Edit the rules…</source>
        <translation>&amp;Edit the rules…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="57"/>
        <source>Only an administrator may change the rules.</source>
        <translation>Only an administrator may change the rules.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="67"/>
        <source>These are the rules shipped with the program: an example after 廊坊&apos;s and 河池&apos;s stages (response, handling, feedback), not your county&apos;s rules. An administrator adapts them under 编辑规则 and saves them as a new version.</source>
        <translation>These are the rules shipped with the program: an example after 廊坊&apos;s and 河池&apos;s stages (response, handling, feedback), not your county&apos;s rules. An administrator adapts them under 编辑规则 and saves them as a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="82"/>
        <source>Click a rule&apos;s cell to list the cases it counted for that unit.</source>
        <translation>Click a rule&apos;s cell to list the cases it counted for that unit.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="95"/>
        <source>%1 · 考评 · %2</source>
        <translation>%1 · 考评 · %2</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <extracomment>The rule set shipped with the program, in the 考评 picker</extracomment>
        <translation type="vanished">%1 (example)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="48"/>
        <source>Ru&amp;le set:</source>
        <translation>Ru&amp;le set:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="115"/>
        <source>%1 · version %2 · %3</source>
        <extracomment>A saved version of the 考评 rules: its name, number and the day it was saved</extracomment>
        <translation>%1 · version %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="158"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="158"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="158"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="161"/>
        <source>%1: %2
%3 a case%4</source>
        <extracomment>A 考评 rule&apos;s column: its stage, words, and points per case with the limit</extracomment>
        <translation>%1: %2
%3 a case%4</translation>
    </message>
    <message>
        <location filename="../../ui/reports/assessmentview.cpp" line="163"/>
        <source>, at most %1</source>
        <translation>, at most %1</translation>
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
        <translation>Good %1 · Fairly good %2 · Average %3 (Good from %4, Fairly good from %5 of %6)</translation>
    </message>
</context>
<context>
    <name>tz::Attachments</name>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="34"/>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="36"/>
        <source>%1 is larger than 25 MB: scan it at a lower resolution or attach fewer pages.</source>
        <translation>%1 is larger than 25 MB: scan it at a lower resolution or attach fewer pages.</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="41"/>
        <location filename="../../core/cases/attachmentstore.cpp" line="72"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="45"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="55"/>
        <location filename="../../core/cases/attachmentstore.cpp" line="65"/>
        <location filename="../../core/cases/attachmentstore.cpp" line="76"/>
        <source>Cannot write into %1: %2</source>
        <translation>Cannot write into %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/cases/attachmentstore.cpp" line="83"/>
        <source>Cannot write into %1.</source>
        <translation>Cannot write into %1.</translation>
    </message>
</context>
<context>
    <name>tz::Calendar</name>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="36"/>
        <source>Only an administrator may change the work calendar.</source>
        <translation>Only an administrator may change the work calendar.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="118"/>
        <source>Only an administrator may change deadlines.</source>
        <translation>Only an administrator may change deadlines.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="121"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>Unit %1 is outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="126"/>
        <source>The default deadline holds for every unit: set one for your unit (%1) instead.</source>
        <translation>The default deadline holds for every unit: set one for your unit (%1) instead.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="130"/>
        <source>A deadline is 0 to 365 working days, and 0 for an Immediate case.</source>
        <translation>A deadline is 0 to 365 working days, and 0 for an Immediate case.</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="83"/>
        <source>Only an administrator may change settings.</source>
        <translation>Only an administrator may change settings.</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="102"/>
        <source>A setting has a name and a value of at most 200 characters.</source>
        <translation>A setting has a name and a value of at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="35"/>
        <source>The header must name the columns date,kind,name.</source>
        <translation>The header must name the columns date,kind,name.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="47"/>
        <source>&quot;%1&quot; is not a date of the form 2026-01-01.</source>
        <translation>&quot;%1&quot; is not a date of the form 2026-01-01.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="59"/>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up workday.</source>
        <translation>%1 is a weekday: only a Saturday or Sunday can be a make-up workday.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="67"/>
        <source>kind &quot;%1&quot; must be holiday or workday.</source>
        <translation>kind &quot;%1&quot; must be holiday or workday.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="73"/>
        <source>the name may have at most 40 characters.</source>
        <translation>the name may have at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="78"/>
        <source>%1 appears twice (first on line %2).</source>
        <translation>%1 appears twice (first on line %2).</translation>
    </message>
</context>
<context>
    <name>tz::CaseAction</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="91"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="93"/>
        <source>resolve on the spot</source>
        <translation>resolve on the spot</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="94"/>
        <source>dispatch</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="95"/>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="96"/>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="97"/>
        <source>add a note</source>
        <translation>add a note</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="99"/>
        <source>request materials</source>
        <translation>request materials</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="101"/>
        <source>record materials received</source>
        <translation>record materials received</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="102"/>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="103"/>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="105"/>
        <source>answer as co-handler</source>
        <translation>answer as co-handler</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="106"/>
        <source>follow up</source>
        <translation>follow up</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="107"/>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="108"/>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="109"/>
        <source>supervise</source>
        <translation>supervise</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="111"/>
        <source>review conflicts</source>
        <translation>review conflicts</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="113"/>
        <source>link to a recurring issue</source>
        <translation>link to a recurring issue</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="115"/>
        <source>resolve with its recurring issue</source>
        <translation>resolve with its recurring issue</translation>
    </message>
</context>
<context>
    <name>tz::CaseActionBar</name>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="276"/>
        <source>End supervision</source>
        <translation>End supervision</translation>
    </message>
</context>
<context>
    <name>tz::CaseActionDialog</name>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="34"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="36"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="38"/>
        <source>Materials needed:</source>
        <translation>Materials needed:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="41"/>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="43"/>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="45"/>
        <source>What the citizen said:</source>
        <translation>What the citizen said:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="47"/>
        <source>Supervision note:</source>
        <translation>Supervision note:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="49"/>
        <source>What was decided:</source>
        <translation>What was decided:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="63"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="67"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="68"/>
        <source>device …%1</source>
        <translation>device …%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="99"/>
        <source>Lead unit:</source>
        <translation>Lead unit:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="100"/>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="121"/>
        <source>Co-handlers (联办):</source>
        <translation>Co-handlers (联办):</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="129"/>
        <source>Decided on another computer at the same time and not applied (the case shows the decision that came first):&lt;br&gt;%1</source>
        <translation>Decided on another computer at the same time and not applied (the case shows the decision that came first):&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="143"/>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="170"/>
        <source>(the unit itself)</source>
        <translation>(the unit itself)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/caseactions.cpp" line="246"/>
        <source>This step cannot be taken here.</source>
        <translation>This step cannot be taken here.</translation>
    </message>
</context>
<context>
    <name>tz::CaseEvent</name>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="12"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="13"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="14"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="15"/>
        <source>Work started</source>
        <translation>Work started</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="16"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="17"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="18"/>
        <source>Materials requested (clock paused)</source>
        <translation>Materials requested (clock paused)</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="19"/>
        <source>Materials received (clock resumed)</source>
        <translation>Materials received (clock resumed)</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="20"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="21"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="22"/>
        <source>Co-handler answered</source>
        <translation>Co-handler answered</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="23"/>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="24"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="25"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="26"/>
        <source>Supervision changed</source>
        <translation>Supervision changed</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="27"/>
        <source>Conflicting decisions reviewed</source>
        <translation>Conflicting decisions reviewed</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="28"/>
        <source>Attachment added</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="29"/>
        <source>Linked to a recurring issue (举一反三)</source>
        <translation>Linked to a recurring issue (举一反三)</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="31"/>
        <source>Resolved with its recurring issue (举一反三)</source>
        <translation>Resolved with its recurring issue (举一反三)</translation>
    </message>
</context>
<context>
    <name>tz::CaseField</name>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="47"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="49"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="51"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="53"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="55"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="57"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="59"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="61"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="63"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="65"/>
        <location filename="../../core/cases/casefields.cpp" line="112"/>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="100"/>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../core/cases/casefields.cpp" line="102"/>
        <source> (waiting for materials)</source>
        <translation> (waiting for materials)</translation>
    </message>
</context>
<context>
    <name>tz::CaseImport</name>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="33"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="35"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="37"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="39"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="41"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="43"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="45"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="47"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="49"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="50"/>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="52"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="159"/>
        <source>The saved mapping takes “%1” from a column “%2” this file does not have.</source>
        <translation>The saved mapping takes “%1” from a column “%2” this file does not have.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="277"/>
        <source>The registration date is empty.</source>
        <translation>The registration date is empty.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="278"/>
        <source>“%1” is not a date (write 2025-03-04 or 2025-03-04 14:30).</source>
        <translation>“%1” is not a date (write 2025-03-04 or 2025-03-04 14:30).</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="295"/>
        <source>No single unit is called “%1”: write its division code or township and village.</source>
        <translation>No single unit is called “%1”: write its division code or township and village.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="301"/>
        <source>The row names no unit and no default unit was chosen.</source>
        <translation>The row names no unit and no default unit was chosen.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="310"/>
        <source>“%1” is not in the service catalog.</source>
        <translation>“%1” is not in the service catalog.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="320"/>
        <source>“%1” is not a class (即办, 快办, 分办 or 联办).</source>
        <translation>“%1” is not a class (即办, 快办, 分办 or 联办).</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="340"/>
        <source>“%1” is not a date of resolution.</source>
        <translation>“%1” is not a date of resolution.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="345"/>
        <source>The row is resolved on %1 but says nothing of what was done.</source>
        <translation>The row is resolved on %1 but says nothing of what was done.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="363"/>
        <source>The same case (date, request and unit) is on an earlier line.</source>
        <translation>The same case (date, request and unit) is on an earlier line.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="371"/>
        <source>Already in the ledger as case %1.</source>
        <translation>Already in the ledger as case %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/caseimport.cpp" line="397"/>
        <source>%n row(s) cannot be imported (the first on line %1: %2); nothing was imported.</source>
        <translation>
            <numerusform>%n row(s) cannot be imported (the first on line %1: %2); nothing was imported.</numerusform>
            <numerusform>%n row(s) cannot be imported (the first on line %1: %2); nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="404"/>
        <source>No row of the file can be imported.</source>
        <translation>No row of the file can be imported.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="414"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="415"/>
        <source>Why not imported</source>
        <translation>Why not imported</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseimport.cpp" line="431"/>
        <source>%1 (the case registered %2)</source>
        <translation>%1 (the case registered %2)</translation>
    </message>
</context>
<context>
    <name>tz::CaseListModel</name>
    <message>
        <source> (overdue)</source>
        <translation type="vanished"> (overdue)</translation>
    </message>
    <message>
        <source> (waiting for materials)</source>
        <translation type="vanished"> (waiting for materials)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="vanished">Case number</translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="vanished">Request</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="vanished">Resident</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Class</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">State</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="vanished">Registered</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">Deadline</translation>
    </message>
</context>
<context>
    <name>tz::CaseQueue</name>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="11"/>
        <source>To dispatch</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="13"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="15"/>
        <source>To accept</source>
        <translation>To accept</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="17"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="19"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="21"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../core/cases/casequeues.cpp" line="23"/>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
</context>
<context>
    <name>tz::CaseState</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="61"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="62"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="63"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="64"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="65"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="66"/>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="67"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="68"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>tz::Cases</name>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="59"/>
        <source>Only an Immediate (即办) case can be resolved on the spot; this one is %1.</source>
        <translation>Only an Immediate (即办) case can be resolved on the spot; this one is %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="63"/>
        <location filename="../../core/cases/caseservice.cpp" line="165"/>
        <source>Only a Joint (联办) case has co-handlers.</source>
        <translation>Only a Joint (联办) case has co-handlers.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="65"/>
        <source>This case is not waiting for materials.</source>
        <translation>This case is not waiting for materials.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="67"/>
        <source>This case has no conflicting decisions to review.</source>
        <translation>This case has no conflicting decisions to review.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="69"/>
        <source>This case is already waiting for materials.</source>
        <translation>This case is already waiting for materials.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="71"/>
        <source>This case is %1: it cannot %2 now.</source>
        <extracomment>%1 is a case state such as &quot;Resolved&quot;, %2 an action such as &quot;accept&quot;</extracomment>
        <translation>This case is %1: it cannot %2 now.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="115"/>
        <source>Only a supervisor reviews conflicting decisions.</source>
        <translation>Only a supervisor reviews conflicting decisions.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="117"/>
        <source>A %1 may not %2 a case.</source>
        <extracomment>%1 is a role such as &quot;Grid worker&quot;, %2 an action such as &quot;accept&quot;</extracomment>
        <translation>A %1 may not %2 a case.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casechecks.h" line="22"/>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location filename="../../core/cases/casechecks.h" line="25"/>
        <source>%1 may have at most %2 characters (it has %3).</source>
        <translation>%1 may have at most %2 characters (it has %3).</translation>
    </message>
    <message>
        <location filename="../../core/cases/casechecks.h" line="33"/>
        <source>%1 holds a control character; retype it.</source>
        <translation>%1 holds a control character; retype it.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="56"/>
        <location filename="../../core/cases/caseservice.cpp" line="171"/>
        <source>There is no unit with code %1.</source>
        <translation>There is no unit with code %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="60"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>Unit %1 is outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="71"/>
        <source>Say in short what the citizen asks, or pick a service item.</source>
        <translation>Say in short what the citizen asks, or pick a service item.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="75"/>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="78"/>
        <source>The description</source>
        <translation>The description</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="81"/>
        <location filename="../../core/cases/caseservice.cpp" line="317"/>
        <location filename="../../core/cases/caseservice.cpp" line="333"/>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="86"/>
        <source>The root cause</source>
        <translation>The root cause</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="89"/>
        <source>A recurring issue (举一反三) joins at least two cases.</source>
        <translation>A recurring issue (举一反三) joins at least two cases.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="96"/>
        <source>A 举一反三 case goes to the unit that fixes the cause: dispatch it.</source>
        <translation>A 举一反三 case goes to the unit that fixes the cause: dispatch it.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="264"/>
        <source>Type the new resident&apos;s name, or pick a resident from the list.</source>
        <translation>Type the new resident&apos;s name, or pick a resident from the list.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="66"/>
        <source>There is no such catalog item.</source>
        <translation>There is no such catalog item.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="105"/>
        <source>Choose a handling class (即办, 快办, 分办 or 联办).</source>
        <translation>Choose a handling class (即办, 快办, 分办 or 联办).</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="110"/>
        <source>The citizen&apos;s name</source>
        <translation>The citizen&apos;s name</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="116"/>
        <source>There is no such resident.</source>
        <translation>There is no such resident.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="132"/>
        <source>The registration time is in the future.</source>
        <translation>The registration time is in the future.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="138"/>
        <source>Only an Immediate (即办) case can be resolved on the spot.</source>
        <translation>Only an Immediate (即办) case can be resolved on the spot.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="146"/>
        <source>Say what was done to resolve it on the spot.</source>
        <translation>Say what was done to resolve it on the spot.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="161"/>
        <source>Write what was done to resolve it.</source>
        <translation>Write what was done to resolve it.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="152"/>
        <source>Only a case entered afterwards (补录) is saved as resolved.</source>
        <translation>Only a case entered afterwards (补录) is saved as resolved.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="156"/>
        <source>The resolution date is before the registration or in the future.</source>
        <translation>The resolution date is before the registration or in the future.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseregistration.cpp" line="169"/>
        <source>A deadline is 0 to 365 working days.</source>
        <translation>A deadline is 0 to 365 working days.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="109"/>
        <source>Case %1 is handled by %2, outside your part of the org tree.</source>
        <translation>Case %1 is handled by %2, outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="116"/>
        <source>Case %1 was dispatched to another department.</source>
        <translation>Case %1 was dispatched to another department.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="29"/>
        <location filename="../../core/cases/caseservice.cpp" line="140"/>
        <source>There is no case numbered %1.</source>
        <translation>There is no case numbered %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="32"/>
        <source>Case %1 is itself a 举一反三 case.</source>
        <translation>Case %1 is itself a 举一反三 case.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="35"/>
        <source>Case %1 already belongs to the 举一反三 case %2.</source>
        <translation>Case %1 already belongs to the 举一反三 case %2.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseissues.cpp" line="41"/>
        <source>Case %1: %2</source>
        <extracomment>%1 is a case number, %2 why it cannot be linked</extracomment>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="159"/>
        <source>A Joint (联办) case needs at least one co-handler besides the lead unit.</source>
        <translation>A Joint (联办) case needs at least one co-handler besides the lead unit.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="175"/>
        <source>%1 is outside your part of the org tree: escalate the case instead.</source>
        <translation>%1 is outside your part of the org tree: escalate the case instead.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="182"/>
        <source>That department does not belong to %1.</source>
        <translation>That department does not belong to %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="190"/>
        <source>The handler must be an active handler of %1.</source>
        <translation>The handler must be an active handler of %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="222"/>
        <location filename="../../core/cases/caseservice.cpp" line="290"/>
        <location filename="../../core/cases/caseservice.cpp" line="401"/>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="242"/>
        <location filename="../../core/cases/caseservice.cpp" line="421"/>
        <location filename="../../core/cases/caseservice.cpp" line="434"/>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="258"/>
        <source>The materials needed</source>
        <translation>The materials needed</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="297"/>
        <source>The case is already at the top of the org tree.</source>
        <translation>The case is already at the top of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="301"/>
        <source>The unit above %1 is not in the ledger.</source>
        <translation>The unit above %1 is not in the ledger.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="339"/>
        <source>Co-handler %1 has not answered yet; the lead resolves a Joint case after every co-handler&apos;s answer.</source>
        <translation>Co-handler %1 has not answered yet; the lead resolves a Joint case after every co-handler&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="358"/>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="374"/>
        <source>You are not a co-handler of case %1.</source>
        <translation>You are not a co-handler of case %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="383"/>
        <source>The remark</source>
        <translation>The remark</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="461"/>
        <source>The file name</source>
        <translation>The file name</translation>
    </message>
</context>
<context>
    <name>tz::CasesPage</name>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="60"/>
        <location filename="../../ui/cases/casespage.cpp" line="319"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="76"/>
        <source>Search: words of the request, case number…</source>
        <translation>Search: words of the request, case number…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="80"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="85"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="86"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="87"/>
        <source>Nearest deadline first</source>
        <translation>Nearest deadline first</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="88"/>
        <source>A search lists its matches newest first.</source>
        <translation>A search lists its matches newest first.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="91"/>
        <location filename="../../ui/cases/casespage.cpp" line="477"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="95"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="vanished">Export CSV</translation>
    </message>
    <message>
        <source>Writes every case the list shows (not just the rows on screen) for Excel.</source>
        <translation type="vanished">Writes every case the list shows (not just the rows on screen) for Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="110"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="47"/>
        <source>Drop photos or scans here to attach them to this case.</source>
        <translation>Drop photos or scans here to attach them to this case.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="37"/>
        <source>Case list, %1, printed by %2</source>
        <extracomment>The title of a printed case list: when and who</extracomment>
        <translation>Case list, %1, printed by %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="47"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="65"/>
        <source>cases-%1.xlsx</source>
        <translation>cases-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="145"/>
        <source>This computer does not hold that file.</source>
        <translation>This computer does not hold that file.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="46"/>
        <source>Add attachment…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="100"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="101"/>
        <source>Writes every case the list shows (not just the rows on screen) to an Excel workbook or a CSV file.</source>
        <translation>Writes every case the list shows (not just the rows on screen) to an Excel workbook or a CSV file.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="106"/>
        <source>&amp;Import…</source>
        <extracomment>Enter an old case ledger kept in Excel (旧台账) as cases</extracomment>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="108"/>
        <source>Enters an old case ledger kept in Excel (saved as CSV) as cases entered afterwards (补录).</source>
        <translation>Enters an old case ledger kept in Excel (saved as CSV) as cases entered afterwards (补录).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="48"/>
        <source>Photos or scans of the citizen&apos;s papers; or drop files on the case.</source>
        <translation>Photos or scans of the citizen&apos;s papers; or drop files on the case.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="60"/>
        <source>Attach files to the case</source>
        <translation>Attach files to the case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="61"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="167"/>
        <source>No program on this computer opens this file; it is kept at %1.</source>
        <translation>No program on this computer opens this file; it is kept at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="183"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="184"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="189"/>
        <source>Import an old case ledger</source>
        <translation>Import an old case ledger</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="189"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="217"/>
        <source>Pick a village first: grids belong to villages.</source>
        <translation>Pick a village first: grids belong to villages.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="225"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="227"/>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="229"/>
        <source>Registered from</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="240"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="246"/>
        <source>C&amp;lass:</source>
        <translation>C&amp;lass:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="248"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="250"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="252"/>
        <source>&amp;Grid:</source>
        <translation>&amp;Grid:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="254"/>
        <source>Ca&amp;talog item:</source>
        <translation>Ca&amp;talog item:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="259"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="405"/>
        <source>No case matches. Clear the search or the filters to see more.</source>
        <translation>No case matches. Clear the search or the filters to see more.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespage.cpp" line="477"/>
        <source>&amp;Filters (%1)</source>
        <translation>&amp;Filters (%1)</translation>
    </message>
    <message>
        <source>cases-%1.csv</source>
        <translation type="vanished">cases-%1.csv</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation type="vanished">Export the list as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="69"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="71"/>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="88"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="105"/>
        <source>Exported from the ledger on %1 by %2</source>
        <extracomment>The first line of an exported case list&apos;s Excel sheet: when and who.</extracomment>
        <translation>Exported from the ledger on %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="109"/>
        <source>Exporting the cases…</source>
        <translation>Exporting the cases…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casesexport.cpp" line="116"/>
        <source>The export did not finish.</source>
        <translation>The export did not finish.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="118"/>
        <source>Conflicting decisions, not applied (a supervisor reviews them):</source>
        <translation>Conflicting decisions, not applied (a supervisor reviews them):</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="131"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="133"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="135"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="136"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="137"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="138"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="139"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="143"/>
        <source>Full ID number…</source>
        <translation>Full ID number…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="144"/>
        <source>Full phone…</source>
        <translation>Full phone…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="145"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="147"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="150"/>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="154"/>
        <source>Cases it fixes</source>
        <translation>Cases it fixes</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="158"/>
        <source>举一反三 case</source>
        <translation>举一反三 case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="160"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="162"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="165"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="42"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="98"/>
        <source>(on the server: fetched when opened)</source>
        <translation>(on the server: fetched when opened)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casedetailview.cpp" line="168"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="152"/>
        <source>Fetching the attachment from the server…</source>
        <translation>Fetching the attachment from the server…</translation>
    </message>
    <message>
        <source>The connection to the server has expired: sync (Ctrl+Shift+S), then open the file again.</source>
        <translation type="vanished">The connection to the server has expired: sync (Ctrl+Shift+S), then open the file again.</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="vanished">: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="vanished">this computer</translation>
    </message>
    <message>
        <source>device …%1</source>
        <translation type="vanished">device …%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attachmentpane.cpp" line="129"/>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
</context>
<context>
    <name>tz::Catalog</name>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="37"/>
        <source>Done at once</source>
        <translation>Done at once</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="39"/>
        <source>Done on the citizen&apos;s behalf</source>
        <translation>Done on the citizen&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="41"/>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="63"/>
        <source>the name must have 1 to 60 characters</source>
        <translation>the name must have 1 to 60 characters</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="65"/>
        <source>the department must have 1 to 40 characters</source>
        <translation>the department must have 1 to 40 characters</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="67"/>
        <source>the deadline must be 0 to 365 working days</source>
        <translation>the deadline must be 0 to 365 working days</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="69"/>
        <source>an Immediate item is done the same day: its deadline is 0</source>
        <translation>an Immediate item is done the same day: its deadline is 0</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="88"/>
        <location filename="../../core/catalog/catalogservice.cpp" line="188"/>
        <location filename="../../core/catalog/catalogservice.cpp" line="215"/>
        <source>Only an administrator may change the catalog.</source>
        <translation>Only an administrator may change the catalog.</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="97"/>
        <source>The header must name the columns name,list,handling,department,deadline_days.</source>
        <translation>The header must name the columns name,list,handling,department,deadline_days.</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="115"/>
        <source>list &quot;%1&quot; must be 即办, 代办 or 咨询</source>
        <translation>list &quot;%1&quot; must be 即办, 代办 or 咨询</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="121"/>
        <source>handling &quot;%1&quot; must be immediate, fast, routed or joint</source>
        <translation>handling &quot;%1&quot; must be immediate, fast, routed or joint</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="128"/>
        <source>deadline_days &quot;%1&quot; is not a number</source>
        <translation>deadline_days &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="140"/>
        <source>&quot;%1&quot; appears twice (first on line %2)</source>
        <translation>&quot;%1&quot; appears twice (first on line %2)</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="197"/>
        <source>The catalog already has an item named %1.</source>
        <translation>The catalog already has an item named %1.</translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="217"/>
        <source>There is no such catalog item.</source>
        <translation>There is no such catalog item.</translation>
    </message>
</context>
<context>
    <name>tz::CatalogTab</name>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="40"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="48"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="61"/>
        <source>e.g. 民政</source>
        <translation>e.g. 民政</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="65"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="66"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="67"/>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="68"/>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="69"/>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="70"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="72"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="74"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="75"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="83"/>
        <source>Export the catalog as CSV…</source>
        <translation>Export the catalog as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="91"/>
        <location filename="../../ui/settings/catalogtab.cpp" line="155"/>
        <source>this catalog item</source>
        <translation>this catalog item</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="102"/>
        <source>Retired: intake no longer offers it.</source>
        <translation>Retired: intake no longer offers it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="106"/>
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="107"/>
        <source>service-catalog.csv</source>
        <translation>service-catalog.csv</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="107"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="217"/>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/catalogtab.cpp" line="231"/>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
</context>
<context>
    <name>tz::Channel</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="72"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="73"/>
        <source>Phone or hotline</source>
        <translation>Phone or hotline</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="74"/>
        <source>WeChat group</source>
        <translation>WeChat group</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="75"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="76"/>
        <source>Suggestion box</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="77"/>
        <source>Mini program</source>
        <translation>Mini program</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="78"/>
        <source>Secretary mailbox</source>
        <translation>Secretary mailbox</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="79"/>
        <source>House meeting</source>
        <translation>House meeting</translation>
    </message>
</context>
<context>
    <name>tz::Cli</name>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="63"/>
        <source>Case %1  %2  [%3 / %4]</source>
        <translation>Case %1  %2  [%3 / %4]</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="65"/>
        <source>  unit: %1</source>
        <translation>  unit: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="66"/>
        <source>  registered: %1 via %2; deadline %3</source>
        <translation>  registered: %1 via %2; deadline %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="69"/>
        <source>  resident: %1 %2</source>
        <translation>  resident: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="72"/>
        <source>  resolved %1: %2</source>
        <translation>  resolved %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="75"/>
        <source>  under supervision (督办)</source>
        <translation>  under supervision (督办)</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="77"/>
        <source>  CONFLICT to review: %1</source>
        <translation>  CONFLICT to review: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="89"/>
        <source>case %1 needs a case number.</source>
        <translation>case %1 needs a case number.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="100"/>
        <location filename="../../app/cli/cli.cpp" line="488"/>
        <source>No department named %1 at %2.</source>
        <translation>No department named %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="108"/>
        <source>No user %1.</source>
        <translation>No user %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="148"/>
        <source>--satisfaction must be satisfied, mostly or unsatisfied.</source>
        <translation>--satisfaction must be satisfied, mostly or unsatisfied.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="162"/>
        <source>No file at %1.</source>
        <translation>No file at %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="165"/>
        <source>Unknown case command &quot;%1&quot;.</source>
        <translation>Unknown case command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="181"/>
        <source>--handling must be immediate, fast, routed or joint.</source>
        <translation>--handling must be immediate, fast, routed or joint.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="187"/>
        <source>--channel must be counter, phone, wechat, visit, box, miniprogram, mailbox or meeting.</source>
        <translation>--channel must be counter, phone, wechat, visit, box, miniprogram, mailbox or meeting.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="195"/>
        <source>No catalog item named %1.</source>
        <translation>No catalog item named %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="207"/>
        <source>No resident has this ID number; give --resident-name to register the person with the case.</source>
        <translation>No resident has this ID number; give --resident-name to register the person with the case.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="228"/>
        <source>--at must be an ISO 8601 date or time, such as 2026-01-09T10:30.</source>
        <translation>--at must be an ISO 8601 date or time, such as 2026-01-09T10:30.</translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="246"/>
        <source>There is no case numbered %1.</source>
        <translation>There is no case numbered %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="50"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="104"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="108"/>
        <source>The password file %1 can be read by other users: make it yours alone (chmod 600).</source>
        <translation>The password file %1 can be read by other users: make it yours alone (chmod 600).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="150"/>
        <source>Demo counter</source>
        <translation>Demo counter</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="197"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This ledger is kept in sync with a server: sign in with --user LOGIN (the password in TAIZHANG_PASSWORD or in the file named by --password-file). Nothing was done.</source>
        <translation type="vanished">This ledger is kept in sync with a server: sign in with --user LOGIN (the password in TAIZHANG_PASSWORD or in the file named by --password-file). Nothing was done.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="217"/>
        <source>This ledger is kept in sync with a server: sign in with --user LOGIN (the password in TAIZHANG_PASSWORD or in the file named by --user-password-file). Nothing was done.</source>
        <translation>This ledger is kept in sync with a server: sign in with --user LOGIN (the password in TAIZHANG_PASSWORD or in the file named by --user-password-file). Nothing was done.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="245"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="275"/>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="286"/>
        <source>Taizhang device</source>
        <translation>Taizhang device</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="294"/>
        <source>Created ledger %1 (device %2).</source>
        <translation>Created ledger %1 (device %2).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="299"/>
        <source>One-time administrator password for &quot;admin&quot;: %1</source>
        <translation>One-time administrator password for &quot;admin&quot;: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="307"/>
        <source>Nothing was imported; fix these rows:</source>
        <translation>Nothing was imported; fix these rows:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="328"/>
        <source>Imported: %1 new, %2 renamed, %3 unchanged. The ledger holds %4 city, %5 counties, %6 townships, %7 villages.</source>
        <translation>Imported: %1 new, %2 renamed, %3 unchanged. The ledger holds %4 city, %5 counties, %6 townships, %7 villages.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="348"/>
        <source>Calendar: %1 days set, %2 unchanged.</source>
        <translation>Calendar: %1 days set, %2 unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="362"/>
        <source>Catalog: %1 items defined, %2 unchanged.</source>
        <translation>Catalog: %1 items defined, %2 unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="372"/>
        <source>Catalog written to %1.</source>
        <translation>Catalog written to %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="384"/>
        <source>Ledger verified: %1 events from %2 devices, chains intact, projections match.</source>
        <translation>Ledger verified: %1 events from %2 devices, chains intact, projections match.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="388"/>
        <source>Ledger verification FAILED:
%1</source>
        <translation>Ledger verification FAILED:
%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="410"/>
        <source>No case matches &quot;%1&quot;.</source>
        <translation>No case matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="430"/>
        <source>Valid ID number (born %1).</source>
        <translation>Valid ID number (born %1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="441"/>
        <source>demo: %1 of %2 cases</source>
        <translation>demo: %1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="452"/>
        <source>demo: %1 steps were refused by the services:</source>
        <translation>demo: %1 steps were refused by the services:</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="459"/>
        <source>Demo ledger: %1 cases, %2 residents, %3 events.</source>
        <translation>Demo ledger: %1 cases, %2 residents, %3 events.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="469"/>
        <source>--role must be clerk, grid-worker, handler, supervisor or admin.</source>
        <translation>--role must be clerk, grid-worker, handler, supervisor or admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="474"/>
        <source>Cannot read the password file &quot;%1&quot;.</source>
        <translation>Cannot read the password file &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="496"/>
        <source>User %1 created.</source>
        <translation>User %1 created.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="506"/>
        <source>Department %1 added.</source>
        <translation>Department %1 added.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="521"/>
        <source>Resident %1 registered.</source>
        <translation>Resident %1 registered.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="552"/>
        <source>deadline set needs --handling and --days.</source>
        <translation>deadline set needs --handling and --days.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="558"/>
        <source>Deadline set: %1 working days.</source>
        <translation>Deadline set: %1 working days.</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="568"/>
        <source>Setting %1 saved.</source>
        <translation>Setting %1 saved.</translation>
    </message>
    <message>
        <location filename="../../app/cli/synccommands.cpp" line="37"/>
        <source>Enrolled with %1 for unit %2.</source>
        <translation>Enrolled with %1 for unit %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/synccommands.cpp" line="54"/>
        <source>Indexing %1 cases for search…</source>
        <translation>Indexing %1 cases for search…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/synccommands.cpp" line="63"/>
        <source>The server refused %n record(s); they were set aside on this computer and the rest was sent:</source>
        <translation>
            <numerusform>The server refused %n record(s); they were set aside on this computer and the rest was sent:</numerusform>
            <numerusform>The server refused %n record(s); they were set aside on this computer and the rest was sent:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/synccommands.cpp" line="82"/>
        <source>Synced: %1 sent, %2 received in %3 request(s).</source>
        <translation>Synced: %1 sent, %2 received in %3 request(s).</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="27"/>
        <source>report measures needs --from and --to as YYYY-MM-DD.</source>
        <translation>report measures needs --from and --to as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="59"/>
        <source>report export needs --from and --to as YYYY-MM-DD and one of --xlsx FILE or --pdf FILE.</source>
        <translation>report export needs --from and --to as YYYY-MM-DD and one of --xlsx FILE or --pdf FILE.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="75"/>
        <source>No 考评 rules have the id %1.</source>
        <translation>No 考评 rules have the id %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="87"/>
        <source>%1: the measures, the units%2 and %3 cases</source>
        <translation>%1: the measures, the units%2 and %3 cases</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommands.cpp" line="88"/>
        <source>, 考评</source>
        <translation>, 考评</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="24"/>
        <source>import-cases needs the CSV file.</source>
        <translation>import-cases needs the CSV file.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="33"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="38"/>
        <source>%1 is not a saved mapping.</source>
        <translation>%1 is not a saved mapping.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="49"/>
        <source>No column of the file is taken for “%1”: give --mapping.</source>
        <translation>No column of the file is taken for “%1”: give --mapping.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="70"/>
        <source>%1 case(s) entered as 补录; %2 row(s) left out%3.</source>
        <translation>%1 case(s) entered as 补录; %2 row(s) left out%3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importcommands.cpp" line="83"/>
        <source>recurring needs --days 1 or more and --min 2 or more.</source>
        <translation>recurring needs --days 1 or more and --min 2 or more.</translation>
    </message>
</context>
<context>
    <name>tz::Csv</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="69"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="72"/>
        <source>%1 is too large (%2 MB; at most %3 MB).</source>
        <translation>%1 is too large (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="92"/>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>The file is neither UTF-8 nor GB18030 text.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="94"/>
        <source>Line %1: the file is not valid UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Line %1: the file is not valid UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="155"/>
        <source>Line %1 holds a control character (code %2).</source>
        <translation>Line %1 holds a control character (code %2).</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="164"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="173"/>
        <source>Line %1 holds a control character.</source>
        <translation>Line %1 holds a control character.</translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="180"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="85"/>
        <location filename="../../core/io/csvwriter.cpp" line="82"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="127"/>
        <source>An Excel sheet holds %1 cases at most and this list has more: export it as CSV.</source>
        <translation>An Excel sheet holds %1 cases at most and this list has more: export it as CSV.</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="168"/>
        <source>The first %1 of %2 cases; export the list to Excel for all of them.</source>
        <translation>The first %1 of %2 cases; export the list to Excel for all of them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cases/caseexport.cpp" line="172"/>
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case(s).</numerusform>
            <numerusform>%n case(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="188"/>
        <source>Cases</source>
        <extracomment>The sheet of an Excel export that lists cases</extracomment>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../core/cases/caseexport.cpp" line="66"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>tz::Demo</name>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="38"/>
        <source>The built-in file %1 is missing.</source>
        <translation>The built-in file %1 is missing.</translation>
    </message>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="52"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="111"/>
        <source>The demo county %1 is not in the division tree.</source>
        <translation>The demo county %1 is not in the division tree.</translation>
    </message>
</context>
<context>
    <name>tz::Desktop</name>
    <message>
        <location filename="../../app/desktop/main.cpp" line="70"/>
        <source>Opening the ledger and checking it…</source>
        <translation>Opening the ledger and checking it…</translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="77"/>
        <source>Cannot open the ledger</source>
        <translation>Cannot open the ledger</translation>
    </message>
    <message>
        <location filename="../../app/desktop/main.cpp" line="87"/>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
</context>
<context>
    <name>tz::EnrollDialog</name>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="21"/>
        <source>Connect to the sync server</source>
        <translation>Connect to the sync server</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="23"/>
        <source>Your administrator gives the server&apos;s address and a one-time code for this unit. Everything recorded here so far is sent at the first sync.</source>
        <translation>Your administrator gives the server&apos;s address and a one-time code for this unit. Everything recorded here so far is sent at the first sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="33"/>
        <source>10 letters and digits</source>
        <translation>10 letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="34"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="35"/>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="42"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/sync/enrolldialog.cpp" line="59"/>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
</context>
<context>
    <name>tz::FileDialogs</name>
    <message>
        <location filename="../../ui/common/filedialogs.cpp" line="56"/>
        <source>Taizhang receipts</source>
        <extracomment>A folder under the user&apos;s Documents for the receipts saved as PDF</extracomment>
        <translation>Taizhang receipts</translation>
    </message>
    <message>
        <location filename="../../ui/common/filedialogs.cpp" line="59"/>
        <source>Taizhang exports</source>
        <extracomment>A folder under the user&apos;s Documents for lists and reports saved for Excel or print</extracomment>
        <translation>Taizhang exports</translation>
    </message>
</context>
<context>
    <name>tz::FileSync</name>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="77"/>
        <location filename="../../core/sync/filesync.cpp" line="102"/>
        <location filename="../../core/sync/filesync.cpp" line="148"/>
        <source>The server&apos;s answer about a file is malformed.</source>
        <translation>The server&apos;s answer about a file is malformed.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="85"/>
        <location filename="../../core/sync/filesync.cpp" line="110"/>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Cannot read the attachment %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="104"/>
        <source>Stopped; what was sent is kept on the server.</source>
        <translation>Stopped; what was sent is kept on the server.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="123"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="129"/>
        <source>Another transfer of this attachment is still going on; try again shortly.</source>
        <translation>Another transfer of this attachment is still going on; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="134"/>
        <location filename="../../core/sync/filesync.cpp" line="150"/>
        <location filename="../../core/sync/filesync.cpp" line="165"/>
        <source>Cannot write into %1: %2</source>
        <translation>Cannot write into %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="152"/>
        <source>Stopped; what arrived is kept for the next try.</source>
        <translation>Stopped; what arrived is kept for the next try.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="161"/>
        <source>An attachment arrived damaged; it will be fetched again.</source>
        <translation>An attachment arrived damaged; it will be fetched again.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="234"/>
        <source>This attachment was recorded before files were kept by their hash.</source>
        <translation>This attachment was recorded before files were kept by their hash.</translation>
    </message>
    <message>
        <location filename="../../core/sync/filesync.cpp" line="241"/>
        <source>The connection to the server has expired: sync, then open the file again.</source>
        <translation>The connection to the server has expired: sync, then open the file again.</translation>
    </message>
</context>
<context>
    <name>tz::FollowUpsPage</name>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="29"/>
        <source>Waiting for follow-up</source>
        <translation>Waiting for follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="31"/>
        <source>Followed up this month</source>
        <translation>Followed up this month</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="33"/>
        <source>Unsatisfied this month</source>
        <translation>Unsatisfied this month</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="120"/>
        <source>No follow-ups recorded this month yet.</source>
        <translation>No follow-ups recorded this month yet.</translation>
    </message>
    <message>
        <location filename="../../ui/followups/followupspage.cpp" line="128"/>
        <source>This month: %1 followed up — %2 %3, %4 %5, %6 %7. Satisfaction rate %8%.</source>
        <translation>This month: %1 followed up — %2 %3, %4 %5, %6 %7. Satisfaction rate %8%.</translation>
    </message>
</context>
<context>
    <name>tz::Grids</name>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="37"/>
        <source>Only an administrator or a supervisor may change grids.</source>
        <translation>Only an administrator or a supervisor may change grids.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="41"/>
        <location filename="../../core/grids/gridservice.cpp" line="169"/>
        <location filename="../../core/grids/gridservice.cpp" line="204"/>
        <source>Village %1 is outside your part of the org tree.</source>
        <translation>Village %1 is outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="52"/>
        <source>Grids hang below a village; %1 is not a village.</source>
        <translation>Grids hang below a village; %1 is not a village.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="60"/>
        <source>A grid needs a name of 1 to 40 characters.</source>
        <translation>A grid needs a name of 1 to 40 characters.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="66"/>
        <source>The parent grid is not in the same village.</source>
        <translation>The parent grid is not in the same village.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="70"/>
        <source>Grid %1 already holds households; they belong to the smallest grid, so it cannot be divided.</source>
        <translation>Grid %1 already holds households; they belong to the smallest grid, so it cannot be divided.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="91"/>
        <location filename="../../core/grids/gridservice.cpp" line="166"/>
        <source>There is no such grid.</source>
        <translation>There is no such grid.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="110"/>
        <source>There is no such active user.</source>
        <translation>There is no such active user.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="112"/>
        <source>%1 is not a grid worker of this village: a grid&apos;s captain and workers are the village&apos;s grid workers (add one under Users and roles).</source>
        <translation>%1 is not a grid worker of this village: a grid&apos;s captain and workers are the village&apos;s grid workers (add one under Users and roles).</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="173"/>
        <source>A handler may not register households.</source>
        <translation>A handler may not register households.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="175"/>
        <source>Households belong to the smallest grid; %1 is divided into smaller grids.</source>
        <translation>Households belong to the smallest grid; %1 is divided into smaller grids.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="182"/>
        <source>A household needs an address of 1 to 120 characters.</source>
        <translation>A household needs an address of 1 to 120 characters.</translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="200"/>
        <source>There is no such household.</source>
        <translation>There is no such household.</translation>
    </message>
</context>
<context>
    <name>tz::GridsTab</name>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="36"/>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="41"/>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="41"/>
        <source>Captain</source>
        <translation>Captain</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="41"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="46"/>
        <source>New grid</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="50"/>
        <source>e.g. 第一村民小组</source>
        <translation>e.g. 第一村民小组</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="51"/>
        <source>Inside the selected grid</source>
        <translation>Inside the selected grid</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="53"/>
        <source>Create grid</source>
        <translation>Create grid</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="59"/>
        <source>People of the selected grid</source>
        <translation>People of the selected grid</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="63"/>
        <source>Appoint as captain</source>
        <translation>Appoint as captain</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="65"/>
        <source>Add as worker</source>
        <translation>Add as worker</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="66"/>
        <source>Remove as worker</source>
        <translation>Remove as worker</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="67"/>
        <source>Grid &amp;worker:</source>
        <translation>Grid &amp;worker:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="86"/>
        <source>Pick a grid in the tree and a grid worker first.</source>
        <translation>Pick a grid in the tree and a grid worker first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="96"/>
        <source>Captain appointed.</source>
        <translation>Captain appointed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="101"/>
        <source>Worker added.</source>
        <translation>Worker added.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="106"/>
        <source>Worker removed.</source>
        <translation>Worker removed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="119"/>
        <source>No grid worker at this village: add one under Users and roles.</source>
        <translation>No grid worker at this village: add one under Users and roles.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="171"/>
        <source>Pick the grid to create it in, or untick the box.</source>
        <translation>Pick the grid to create it in, or untick the box.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gridstab.cpp" line="176"/>
        <source>%1 created.</source>
        <translation>%1 created.</translation>
    </message>
</context>
<context>
    <name>tz::GuardedApplication</name>
    <message>
        <location filename="../../ui/common/guardedapplication.cpp" line="37"/>
        <source>Something went wrong while doing that. What was saved before is kept; try again, and if it happens again restart Taizhang and tell the administrator.</source>
        <translation>Something went wrong while doing that. What was saved before is kept; try again, and if it happens again restart Taizhang and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/guardedapplication.cpp" line="39"/>
        <source>Something went wrong while doing that: %1
What was saved before is kept; try again, and if it happens again restart Taizhang and tell the administrator.</source>
        <translation>Something went wrong while doing that: %1
What was saved before is kept; try again, and if it happens again restart Taizhang and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/common/guardedapplication.cpp" line="52"/>
        <source>Taizhang</source>
        <translation>Taizhang</translation>
    </message>
</context>
<context>
    <name>tz::Handling</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="54"/>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="55"/>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="56"/>
        <source>Routed</source>
        <translation>Routed</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="57"/>
        <source>Joint</source>
        <translation>Joint</translation>
    </message>
</context>
<context>
    <name>tz::ImportCasesDialog</name>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="44"/>
        <source>Import an old case ledger — %1</source>
        <translation>Import an old case ledger — %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="47"/>
        <source>Each row becomes a case entered afterwards (补录) with its own registration date; rows with a resolution date and result are saved as resolved. Check the columns below: each field takes the column named beside it.</source>
        <translation>Each row becomes a case entered afterwards (补录) with its own registration date; rows with a resolution date and result are saved as resolved. Check the columns below: each field takes the column named beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="58"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="65"/>
        <source>(choose a column)</source>
        <extracomment>The choice of no column for a field of an imported case</extracomment>
        <translation>(choose a column)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="65"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="69"/>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="70"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="73"/>
        <source>Rows that leave them empty</source>
        <translation>Rows that leave them empty</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="77"/>
        <source>(none: the row must name its unit)</source>
        <translation>(none: the row must name its unit)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="85"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="86"/>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="87"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="88"/>
        <source>&amp;Load a saved mapping…</source>
        <translation>&amp;Load a saved mapping…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="89"/>
        <source>Sa&amp;ve this mapping…</source>
        <translation>Sa&amp;ve this mapping…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="106"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="112"/>
        <source>&amp;All rows or none: import only when every row is right</source>
        <translation>&amp;All rows or none: import only when every row is right</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="113"/>
        <source>Import the &amp;good rows and save the others to a file to fix</source>
        <translation>Import the &amp;good rows and save the others to a file to fix</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="118"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="140"/>
        <source>Save the rows left out</source>
        <translation>Save the rows left out</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="141"/>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="142"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="154"/>
        <source>Load a saved mapping</source>
        <translation>Load a saved mapping</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="154"/>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="161"/>
        <source>Mappings (*.json)</source>
        <translation>Mappings (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="160"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="161"/>
        <source>case-ledger-mapping.json</source>
        <translation>case-ledger-mapping.json</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="166"/>
        <source>Mapping saved to %1.</source>
        <translation>Mapping saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="225"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="241"/>
        <source>Choose the columns for: %1.</source>
        <translation>Choose the columns for: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/importcasesdialog.cpp" line="248"/>
        <source>%n row(s): %1 ready, %2 with a problem (see the Check column).</source>
        <extracomment>%n rows in all, %1 of them ready, %2 with a problem</extracomment>
        <translation>
            <numerusform>%n row(s): %1 ready, %2 with a problem (see the Check column).</numerusform>
            <numerusform>%n row(s): %1 ready, %2 with a problem (see the Check column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/importcasesdialog.cpp" line="263"/>
        <source>%n case(s) entered as 补录; %1 row(s) left out, saved to %2.</source>
        <translation>
            <numerusform>%n case(s) entered as 补录; %1 row(s) left out, saved to %2.</numerusform>
            <numerusform>%n case(s) entered as 补录; %1 row(s) left out, saved to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/importcasesdialog.cpp" line="267"/>
        <source>%n case(s) entered as 补录.</source>
        <translation>
            <numerusform>%n case(s) entered as 补录.</numerusform>
            <numerusform>%n case(s) entered as 补录.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with a problem (see the Check column).</source>
        <translation type="vanished">%1 rows: %2 ready, %3 with a problem (see the Check column).</translation>
    </message>
    <message>
        <source>%1 cases entered as 补录; %2 rows left out, saved to %3.</source>
        <translation type="vanished">%1 cases entered as 补录; %2 rows left out, saved to %3.</translation>
    </message>
    <message>
        <source>%1 cases entered as 补录.</source>
        <translation type="vanished">%1 cases entered as 补录.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="276"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="279"/>
        <source>%1 is not a saved mapping.</source>
        <translation>%1 is not a saved mapping.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="292"/>
        <location filename="../../ui/cases/importcasesdialog.cpp" line="295"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tz::IntakePage</name>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="129"/>
        <source>Register what the citizen asks</source>
        <translation>Register what the citizen asks</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="136"/>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="137"/>
        <source>(none: an administrator of the whole ledger registers from the command line)</source>
        <translation>(none: an administrator of the whole ledger registers from the command line)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="152"/>
        <source>Name, pinyin initials, phone or last digits of the ID number</source>
        <translation>Name, pinyin initials, phone or last digits of the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="157"/>
        <source>&amp;Resident:</source>
        <translation>&amp;Resident:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="172"/>
        <source>New resident&apos;s name:</source>
        <translation>New resident&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="173"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="174"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="175"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="184"/>
        <source>Type two characters or the initials of a service item</source>
        <translation>Type two characters or the initials of a service item</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="188"/>
        <source>Service &amp;item:</source>
        <translation>Service &amp;item:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="204"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="207"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="209"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Time limit:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="219"/>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="229"/>
        <source>In short; the service item&apos;s name if left empty</source>
        <translation>In short; the service item&apos;s name if left empty</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="230"/>
        <source>Re&amp;quest:</source>
        <translation>Re&amp;quest:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="vanished">&amp;Request:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="234"/>
        <source>What the citizen says, in their words</source>
        <translation>What the citizen says, in their words</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="236"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="238"/>
        <source>Resolved on the &amp;spot (即办)</source>
        <translation>Resolved on the &amp;spot (即办)</translation>
    </message>
    <message>
        <source>Resolved on the spot (即办)</source>
        <translation type="vanished">Resolved on the spot (即办)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="242"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="254"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="256"/>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="319"/>
        <source>Not picked from the list: a new resident is registered with the case.</source>
        <translation>Not picked from the list: a new resident is registered with the case.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="377"/>
        <source>%1 · ID %2 · %3 · %4</source>
        <translation>%1 · ID %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="414"/>
        <source>Department: %1 · %2 working days by the catalog</source>
        <translation>Department: %1 · %2 working days by the catalog</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="432"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="524"/>
        <source>This user belongs to no unit; sign in as a clerk of a service center to register cases.</source>
        <translation>This user belongs to no unit; sign in as a clerk of a service center to register cases.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="529"/>
        <source>Pick the service item from the list, or leave it empty.</source>
        <translation>Pick the service item from the list, or leave it empty.</translation>
    </message>
    <message>
        <source>Say in short what the citizen asks, or pick a service item.</source>
        <translation type="vanished">Say in short what the citizen asks, or pick a service item.</translation>
    </message>
    <message>
        <source>Say what was done to resolve it on the spot.</source>
        <translation type="vanished">Say what was done to resolve it on the spot.</translation>
    </message>
    <message>
        <source>Type the new resident&apos;s name, or pick a resident from the list.</source>
        <translation type="vanished">Type the new resident&apos;s name, or pick a resident from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="546"/>
        <source>Saved as %1 (%2), due %3.</source>
        <translation>Saved as %1 (%2), due %3.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="565"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakepage.cpp" line="565"/>
        <source>Throw away what was typed for this request?</source>
        <translation>Throw away what was typed for this request?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intakedraft.cpp" line="110"/>
        <source>A request that was being typed when the program last stopped has been restored.</source>
        <translation>A request that was being typed when the program last stopped has been restored.</translation>
    </message>
</context>
<context>
    <name>tz::Ledger</name>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="87"/>
        <source>The check was stopped: the ledger was not opened and nothing was changed.</source>
        <translation>The check was stopped: the ledger was not opened and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="99"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="125"/>
        <source>The change could not be saved (%1); nothing of it was kept.</source>
        <translation>The change could not be saved (%1); nothing of it was kept.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="131"/>
        <source>The change could not be saved; nothing of it was kept.</source>
        <translation>The change could not be saved; nothing of it was kept.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="164"/>
        <location filename="../../core/ledger/ledger.cpp" line="175"/>
        <source>This SQLite library has no FTS5 full-text search.</source>
        <translation>This SQLite library has no FTS5 full-text search.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="252"/>
        <source>There is no ledger at %1. Create one with &quot;taizhang-cli init&quot;.</source>
        <translation>There is no ledger at %1. Create one with &quot;taizhang-cli init&quot;.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="273"/>
        <source>%1 already holds a ledger; it was left as it is.</source>
        <translation>%1 already holds a ledger; it was left as it is.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="277"/>
        <source>%1 is not a Taizhang ledger.</source>
        <translation>%1 is not a Taizhang ledger.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="289"/>
        <source>The ledger failed its integrity check (%1). Restore it from a backup or from the server; the file was not changed.</source>
        <translation>The ledger failed its integrity check (%1). Restore it from a backup or from the server; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="350"/>
        <source>The ledger has no device identity.</source>
        <translation>The ledger has no device identity.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="550"/>
        <source>An event from device %1 (number %2) is malformed; nothing was stored.</source>
        <translation>An event from device %1 (number %2) is malformed; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="564"/>
        <source>Device %1 sent a different event under number %2 than the one stored; nothing was stored.</source>
        <translation>Device %1 sent a different event under number %2 than the one stored; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="570"/>
        <source>An event from device %1 (number %2) does not match its hash; nothing was stored.</source>
        <translation>An event from device %1 (number %2) does not match its hash; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="74"/>
        <source>integrity_check: %1</source>
        <translation>integrity_check: %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="581"/>
        <source>this device&apos;s events start at number %1, not 1</source>
        <translation>this device&apos;s events start at number %1, not 1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="587"/>
        <source>this device&apos;s events jump from number %1 to %2</source>
        <translation>this device&apos;s events jump from number %1 to %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="546"/>
        <source>event %1/%2 does not match its hash</source>
        <translation>event %1/%2 does not match its hash</translation>
    </message>
    <message>
        <location filename="../../core/ledger/hashchains.cpp" line="552"/>
        <source>event %1/%2 is not chained to the one before it</source>
        <translation>event %1/%2 is not chained to the one before it</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="86"/>
        <source>No temporary folder for the verification fold.</source>
        <translation>No temporary folder for the verification fold.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="92"/>
        <source>FTS5 is not available.</source>
        <translation>FTS5 is not available.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerverifier.cpp" line="141"/>
        <source>table %1 differs from a fresh fold of the events</source>
        <translation>table %1 differs from a fresh fold of the events</translation>
    </message>
    <message>
        <location filename="../../core/ledger/migrations.cpp" line="49"/>
        <source>This ledger was written by a newer version of Taizhang (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</source>
        <translation>This ledger was written by a newer version of Taizhang (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../core/workspace/workspace.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/storedform.cpp" line="61"/>
        <source>An event refers to name number %1, which the ledger does not hold.</source>
        <translation>An event refers to name number %1, which the ledger does not hold.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/storedform.cpp" line="185"/>
        <source>An event&apos;s stored content cannot be read (%1).</source>
        <translation>An event&apos;s stored content cannot be read (%1).</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="76"/>
        <source>This ledger already holds records; a starting copy from the server can only fill an empty one. Nothing was changed.</source>
        <translation>This ledger already holds records; a starting copy from the server can only fill an empty one. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="101"/>
        <source>The server&apos;s starting copy was made by another version of Taizhang; the records will arrive one by one instead. Nothing was changed.</source>
        <translation>The server&apos;s starting copy was made by another version of Taizhang; the records will arrive one by one instead. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="215"/>
        <source>The starting copy could not be put in place of %1.</source>
        <translation>The starting copy could not be put in place of %1.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="68"/>
        <source>%1 (process %2 of user %3 on %4, since %5)</source>
        <extracomment>%1 a program&apos;s name, %2 its process number, %3 a user&apos;s login, %4 a computer&apos;s name, %5 the date and time it opened the ledger.</extracomment>
        <translation>%1 (process %2 of user %3 on %4, since %5)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="96"/>
        <source>Cannot open %1 to claim the ledger: %2</source>
        <translation>Cannot open %1 to claim the ledger: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="106"/>
        <source>Cannot lock %1: %2</source>
        <translation>Cannot lock %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="110"/>
        <source>The ledger %1 is in use by %2. Close it there first, or wait until it is done; nothing was changed here.</source>
        <translation>The ledger %1 is in use by %2. Close it there first, or wait until it is done; nothing was changed here.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledgerlock.cpp" line="114"/>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqldatabase.cpp" line="19"/>
        <source>A change to the ledger was attempted outside its transactions and refused; nothing was changed.</source>
        <translation>A change to the ledger was attempted outside its transactions and refused; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tz::LockDialog</name>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="61"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="64"/>
        <source>The window locked itself after ten idle minutes.</source>
        <translation>The window locked itself after ten idle minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="65"/>
        <source>The window is locked (Ctrl+L).</source>
        <translation>The window is locked (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="67"/>
        <source>What was being typed is kept.
Password of %1 (%2) to go on:</source>
        <translation>What was being typed is kept.
Password of %1 (%2) to go on:</translation>
    </message>
    <message>
        <source>The window locked itself after ten idle minutes. What was being typed is kept.
Password of %1 (%2) to go on:</source>
        <translation type="vanished">The window locked itself after ten idle minutes. What was being typed is kept.
Password of %1 (%2) to go on:</translation>
    </message>
    <message>
        <location filename="../../ui/login/idlelock.cpp" line="77"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>tz::LoginDialog</name>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="28"/>
        <source>Sign in — Taizhang case ledger</source>
        <translation>Sign in — Taizhang case ledger</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="30"/>
        <source>Taizhang case ledger</source>
        <translation>Taizhang case ledger</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="55"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="56"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="64"/>
        <source>This is a demo ledger. Demo accounts: counter (village counter clerk), grid (grid worker), clerk, handler, supervisor (township), county-handler, county-supervisor (county); password for all: %1</source>
        <translation>This is a demo ledger. Demo accounts: counter (village counter clerk), grid (grid worker), clerk, handler, supervisor (township), county-handler, county-supervisor (county); password for all: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login/logindialog.cpp" line="73"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>tz::LongTask</name>
    <message>
        <location filename="../../ui/common/longtask.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tz::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>Taizhang case ledger</source>
        <translation>Taizhang case ledger</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>Taizhang case ledger — %1</source>
        <translation>Taizhang case ledger — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="59"/>
        <source>Recurring issues</source>
        <extracomment>举一反三: recurring problems fixed at the root</extracomment>
        <translation>Recurring issues</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="247"/>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Take the first resident or service in the list (↓ to pick another)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Resolved on the spot (ticked by itself for a 即办 service)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first); close the receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the receipt: print / save as PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the filters of a case list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The queues of the workbench and of follow-ups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision: down to the units under the one picked / back up&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, recurring issues, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Take the first resident or service in the list (↓ to pick another)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Resolved on the spot (ticked by itself for a 即办 service)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first); close the receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the receipt: print / save as PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the filters of a case list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The queues of the workbench and of follow-ups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision: down to the units under the one picked / back up&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, recurring issues, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Take the first resident or service in the list (↓ to pick another)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Resolved on the spot (ticked by itself for a 即办 service)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first); close the receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the receipt: print / save as PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the filters of a case list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The queues of the workbench and of follow-ups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision: down to the units under the one picked / back up&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Take the first resident or service in the list (↓ to pick another)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Resolved on the spot (ticked by itself for a 即办 service)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first); close the receipt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the receipt: print / save as PDF&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the filters of a case list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1 … Alt+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The queues of the workbench and of follow-ups&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter / Alt+↑&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Supervision: down to the units under the one picked / back up&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The workbench (the user&apos;s own queue: cases to accept, in progress, due today, overdue, follow-ups due, returned) is not built yet. Use 事项 to find cases meanwhile.</source>
        <translation type="vanished">The workbench (the user&apos;s own queue: cases to accept, in progress, due today, overdue, follow-ups due, returned) is not built yet. Use 事项 to find cases meanwhile.</translation>
    </message>
    <message>
        <source>The follow-up queue is not built yet; taizhang-cli case follow-up records a follow-up meanwhile.</source>
        <translation type="vanished">The follow-up queue is not built yet; taizhang-cli case follow-up records a follow-up meanwhile.</translation>
    </message>
    <message>
        <source>The supervision queue is not built yet; taizhang-cli case supervise flags a case meanwhile.</source>
        <translation type="vanished">The supervision queue is not built yet; taizhang-cli case supervise flags a case meanwhile.</translation>
    </message>
    <message>
        <source>The residents screen is not built yet; residents are found and added from 受理.</source>
        <translation type="vanished">The residents screen is not built yet; residents are found and added from 受理.</translation>
    </message>
    <message>
        <source>Statistics come with the reports: not built yet.</source>
        <translation type="vanished">Statistics come with the reports: not built yet.</translation>
    </message>
    <message>
        <source>The settings screens are not built yet; taizhang-cli imports divisions, holidays and the catalog, and adds users meanwhile.</source>
        <translation type="vanished">The settings screens are not built yet; taizhang-cli imports divisions, holidays and the catalog, and adds users meanwhile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>%n case(s) listed</source>
        <translation>
            <numerusform>%n case listed</numerusform>
            <numerusform>%n cases listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>whole ledger</source>
        <translation>whole ledger</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↓ Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pick a resident or a service item from the list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Intake: a new request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the request (asks first)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↓ Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pick a resident or a service item from the list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Workbench, intake, cases, follow-ups, supervision, residents, statistics, settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the window now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>This first window lists and searches the ledger. Intake, the workbench, follow-ups and supervision screens are not built yet; use taizhang-cli for them meanwhile.</source>
        <translation type="vanished">This first window lists and searches the ledger. Intake, the workbench, follow-ups and supervision screens are not built yet; use taizhang-cli for them meanwhile.</translation>
    </message>
    <message>
        <source>Search: words of the request, case number…</source>
        <translation type="vanished">Search: words of the request, case number…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="vanished">All states</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="vanished">&amp;Search:</translation>
    </message>
    <message>
        <source>Offline (sync not set up)</source>
        <translation type="vanished">Offline (sync not set up)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="vanished">
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">State</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Class</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="vanished">Channel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="vanished">Resident</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="vanished">Registered</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">Deadline</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="vanished">Resolved</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Result</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="vanished">Satisfaction</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="vanished">Timeline</translation>
    </message>
</context>
<context>
    <name>tz::Org</name>
    <message>
        <location filename="../../core/org/divisioncode.cpp" line="37"/>
        <location filename="../../core/org/orgservice.cpp" line="119"/>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation>&quot;%1&quot; is not a 12-digit division code.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="24"/>
        <source>ends in eight zeros</source>
        <translation>ends in eight zeros</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="26"/>
        <source>ends in six zeros, its digits 5-6 not both zero</source>
        <translation>ends in six zeros, its digits 5-6 not both zero</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="28"/>
        <source>ends in three zeros, its digits 7-9 not all zero</source>
        <translation>ends in three zeros, its digits 7-9 not all zero</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="30"/>
        <source>does not end in three zeros</source>
        <translation>does not end in three zeros</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="63"/>
        <source>Only an administrator may change the org tree.</source>
        <translation>Only an administrator may change the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="104"/>
        <source>The header must name the columns code,name,level,parent_code.</source>
        <translation>The header must name the columns code,name,level,parent_code.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="126"/>
        <source>level &quot;%1&quot; must be one of city, county, township, village.</source>
        <translation>level &quot;%1&quot; must be one of city, county, township, village.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="136"/>
        <source>code %1 is not the code of a %2 (a %2&apos;s code %3).</source>
        <translation>code %1 is not the code of a %2 (a %2&apos;s code %3).</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="142"/>
        <source>the name of %1 is empty, longer than 60 characters or holds control characters.</source>
        <translation>the name of %1 is empty, longer than 60 characters or holds control characters.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="150"/>
        <source>code %1 appears twice (first on line %2).</source>
        <translation>code %1 appears twice (first on line %2).</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="178"/>
        <source>parent %1 of %2 is neither in the file nor in the ledger.</source>
        <translation>parent %1 of %2 is neither in the file nor in the ledger.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="185"/>
        <source>%1 (%2) cannot sit directly under a %3.</source>
        <translation>%1 (%2) cannot sit directly under a %3.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="191"/>
        <source>code %1 does not start with its parent&apos;s digits %2.</source>
        <translation>code %1 does not start with its parent&apos;s digits %2.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="300"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>Unit %1 is outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="305"/>
        <location filename="../../core/org/orgservice.cpp" line="333"/>
        <source>A department needs a name of 1 to 40 characters.</source>
        <translation>A department needs a name of 1 to 40 characters.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="309"/>
        <source>There is no unit with code %1.</source>
        <translation>There is no unit with code %1.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="311"/>
        <source>%1 already has a department named %2.</source>
        <translation>%1 already has a department named %2.</translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="329"/>
        <location filename="../../core/org/orgservice.cpp" line="346"/>
        <source>There is no such department.</source>
        <translation>There is no such department.</translation>
    </message>
</context>
<context>
    <name>tz::OrgLevel</name>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="41"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="43"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="45"/>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="47"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>tz::OrgTab</name>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="38"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="41"/>
        <source>Departments of this unit</source>
        <translation>Departments of this unit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="48"/>
        <source>e.g. 民政办</source>
        <translation>e.g. 民政办</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="51"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="53"/>
        <source>Rename the selected</source>
        <translation>Rename the selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="54"/>
        <source>Retire the selected</source>
        <translation>Retire the selected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="64"/>
        <source>Deadlines at this unit (working days)</source>
        <translation>Deadlines at this unit (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="70"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="75"/>
        <source>Units under this one inherit these unless they have their own.</source>
        <translation>Units under this one inherit these unless they have their own.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="76"/>
        <source>Save deadlines</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="92"/>
        <source>Pick a department, type its new name above, then rename.</source>
        <translation>Pick a department, type its new name above, then rename.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="97"/>
        <source>Renamed.</source>
        <translation>Renamed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="106"/>
        <source>Retired: no new case goes to it; its cases stay.</source>
        <translation>Retired: no new case goes to it; its cases stay.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="138"/>
        <source>the deadlines of %1</source>
        <translation>the deadlines of %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="154"/>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="164"/>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/orgtab.cpp" line="185"/>
        <source>Saved: cases registered from now on get these deadlines.</source>
        <translation>Saved: cases registered from now on get these deadlines.</translation>
    </message>
</context>
<context>
    <name>tz::Phone</name>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="22"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="27"/>
        <source>A phone number holds digits, spaces and dashes only.</source>
        <translation>A phone number holds digits, spaces and dashes only.</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="55"/>
        <source>A short service number (such as 12345) is not a resident&apos;s phone.</source>
        <translation>A short service number (such as 12345) is not a resident&apos;s phone.</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="59"/>
        <source>A mobile number has 11 digits and starts with 13–19.</source>
        <translation>A mobile number has 11 digits and starts with 13–19.</translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="60"/>
        <source>A landline needs its area code, such as 0778-2281234.</source>
        <translation>A landline needs its area code, such as 0778-2281234.</translation>
    </message>
</context>
<context>
    <name>tz::Progress</name>
    <message>
        <location filename="../../core/common/progress.cpp" line="16"/>
        <source>Stopped before the end: nothing was changed.</source>
        <translation>Stopped before the end: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>tz::Receipt</name>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="42"/>
        <source>Party-mass service center</source>
        <translation>Party-mass service center</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="113"/>
        <source>Receipt of a citizen&apos;s request</source>
        <translation>Receipt of a citizen&apos;s request</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="151"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="152"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="153"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="154"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="155"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="156"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="157"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="158"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="159"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="164"/>
        <source>Keep this slip: the case number finds your request at any service center.</source>
        <translation>Keep this slip: the case number finds your request at any service center.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="165"/>
        <source>Keep this slip: the case number finds your request at any service center. Enquiries: %1</source>
        <translation>Keep this slip: the case number finds your request at any service center. Enquiries: %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="203"/>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receipt.cpp" line="210"/>
        <source>The receipt could not be written to %1.</source>
        <translation>The receipt could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>tz::ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="25"/>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="81"/>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="30"/>
        <source>A5 sheet</source>
        <translation>A5 sheet</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="31"/>
        <source>80 mm roll (thermal printer)</source>
        <translation>80 mm roll (thermal printer)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="34"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="52"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="53"/>
        <source>Save as P&amp;DF</source>
        <translation>Save as P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="86"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>The printer could not be opened; nothing was printed.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="94"/>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="95"/>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/receipt/receiptdialog.cpp" line="95"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tz::RecurringPage</name>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="76"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="82"/>
        <source>within </source>
        <extracomment>A number of days follows, e.g. &quot;within 30 days&quot;</extracomment>
        <translation>within </translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="83"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="84"/>
        <source>The first and the last case of a group are at most this many days apart.</source>
        <translation>The first and the last case of a group are at most this many days apart.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="88"/>
        <source>at least </source>
        <translation>at least </translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="89"/>
        <source> cases</source>
        <translation> cases</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="90"/>
        <source>&amp;Look again</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="100"/>
        <source>举一反三: cases from one place, for one service (or none), close in time and described alike may be one problem. The groups below are suggestions from the words people used: tick the cases that really are one problem, name its root cause and register one case that fixes it. When that case is resolved, the cases ticked are resolved with it.</source>
        <translation>举一反三: cases from one place, for one service (or none), close in time and described alike may be one problem. The groups below are suggestions from the words people used: tick the cases that really are one problem, name its root cause and register one case that fixes it. When that case is resolved, the cases ticked are resolved with it.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="119"/>
        <source>Suggested groups</source>
        <translation>Suggested groups</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="120"/>
        <source>Registered 举一反三 cases</source>
        <translation>Registered 举一反三 cases</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="135"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="140"/>
        <source>Double-click a case to open it in the case list.</source>
        <translation>Double-click a case to open it in the case list.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="149"/>
        <source>What makes these cases happen again and again, e.g. the whole line of lamps is old and its cable keeps failing.</source>
        <translation>What makes these cases happen again and again, e.g. the whole line of lamps is old and its cable keeps failing.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="157"/>
        <source>举一反三 &amp;case:</source>
        <translation>举一反三 &amp;case:</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="158"/>
        <source>Root &amp;cause:</source>
        <translation>Root &amp;cause:</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="159"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="161"/>
        <source>&amp;Register as one problem</source>
        <translation>&amp;Register as one problem</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="164"/>
        <source>Registers the 举一反三 case and links the ticked cases to it. Dispatch it next, in the case list.</source>
        <translation>Registers the 举一反三 case and links the ticked cases to it. Dispatch it next, in the case list.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="175"/>
        <source>Only a supervisor (or an administrator) registers a 举一反三 case; you can read the groups.</source>
        <translation>Only a supervisor (or an administrator) registers a 举一反三 case; you can read the groups.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="261"/>
        <location filename="../../ui/recurring/recurringpage.cpp" line="359"/>
        <source>outside the catalog</source>
        <translation>outside the catalog</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="264"/>
        <source>%n case(s) · %1 · %2
%3 to %4: %5</source>
        <extracomment>%n how many cases, %1 a place, %2 a service, %3 and %4 dates, %5 what people asked</extracomment>
        <translation>
            <numerusform>%n case(s) · %1 · %2
%3 to %4: %5</numerusform>
            <numerusform>%n case(s) · %1 · %2
%3 to %4: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="358"/>
        <source>%1 · %2 · %n case(s) from %3 to %4</source>
        <extracomment>%1 a place, %2 a service, %n how many cases, %3 and %4 dates</extracomment>
        <translation>
            <numerusform>%1 · %2 · %n case(s) from %3 to %4</numerusform>
            <numerusform>%1 · %2 · %n case(s) from %3 to %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases · %2 · %3
%4 to %5: %6</source>
        <extracomment>%1 how many cases, %2 a place, %3 a service, %4 and %5 dates, %6 what people asked</extracomment>
        <translation type="vanished">%1 cases · %2 · %3
%4 to %5: %6</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="273"/>
        <source>%1 · %2
%3 · %4 of %5 linked cases resolved</source>
        <extracomment>%1 number, %2 title, %3 state, %4 resolved members, %5 all members</extracomment>
        <translation>%1 · %2
%3 · %4 of %5 linked cases resolved</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="281"/>
        <source>Suggested groups (%1)</source>
        <translation>Suggested groups (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="282"/>
        <source>Registered 举一反三 cases (%1)</source>
        <translation>Registered 举一反三 cases (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="350"/>
        <source>No group of cases looks like one problem here now.</source>
        <translation>No group of cases looks like one problem here now.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 cases from %4 to %5</source>
        <extracomment>%1 a place, %2 a service, %3 how many cases, %4 and %5 dates</extracomment>
        <translation type="vanished">%1 · %2 · %3 cases from %4 to %5</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="363"/>
        <source>举一反三: %1</source>
        <extracomment>The default name of a 举一反三 case: the first request of the group</extracomment>
        <translation>举一反三: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="375"/>
        <source>No 举一反三 case has been registered here yet.</source>
        <translation>No 举一反三 case has been registered here yet.</translation>
    </message>
    <message>
        <location filename="../../ui/recurring/recurringpage.cpp" line="380"/>
        <source>%1 %2 (%3) · root cause: %4</source>
        <translation>%1 %2 (%3) · root cause: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="407"/>
        <source>Registered for %n case(s) with one cause: %1</source>
        <extracomment>The description of a 举一反三 case: the cases it fixes at the root</extracomment>
        <translation>
            <numerusform>Registered for %n case(s) with one cause: %1</numerusform>
            <numerusform>Registered for %n case(s) with one cause: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurring/recurringpage.cpp" line="420"/>
        <source>Registered 举一反三 case %1 for %n case(s); dispatch it next in the case list.</source>
        <translation>
            <numerusform>Registered 举一反三 case %1 for %n case(s); dispatch it next in the case list.</numerusform>
            <numerusform>Registered 举一反三 case %1 for %n case(s); dispatch it next in the case list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tz::Reports</name>
    <message>
        <location filename="../../core/reports/measureservice.cpp" line="16"/>
        <source>The measure %1 (version %2) is not defined right.</source>
        <translation>The measure %1 (version %2) is not defined right.</translation>
    </message>
    <message>
        <location filename="../../core/reports/measuretallies.cpp" line="148"/>
        <source>The period needs a first and a last day, in order.</source>
        <translation>The period needs a first and a last day, in order.</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="36"/>
        <source>Period %1 to %2; open and overdue cases as of %3.</source>
        <translation>Period %1 to %2; open and overdue cases as of %3.</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="58"/>
        <source>whole ledger</source>
        <translation>whole ledger</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="68"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="79"/>
        <source>Statistics</source>
        <comment>the start of a report&apos;s file name</comment>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="87"/>
        <location filename="../../core/reports/reportexport.cpp" line="188"/>
        <source>Statistics — %1</source>
        <translation>Statistics — %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="90"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="91"/>
        <location filename="../../core/reports/reportexport.cpp" line="191"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="92"/>
        <location filename="../../core/reports/reportexport.cpp" line="192"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="93"/>
        <location filename="../../core/reports/reportexport.cpp" line="193"/>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="94"/>
        <location filename="../../core/reports/reportexport.cpp" line="194"/>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="95"/>
        <location filename="../../core/reports/reportexport.cpp" line="195"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="96"/>
        <location filename="../../core/reports/reportexport.cpp" line="196"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="107"/>
        <location filename="../../core/reports/reportexport.cpp" line="135"/>
        <location filename="../../core/reports/reportexport.cpp" line="212"/>
        <location filename="../../core/reports/reportexport.cpp" line="246"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="113"/>
        <location filename="../../core/reports/reportexport.cpp" line="219"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="114"/>
        <location filename="../../core/reports/reportexport.cpp" line="220"/>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="115"/>
        <location filename="../../core/reports/reportexport.cpp" line="211"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="128"/>
        <location filename="../../core/reports/reportexport.cpp" line="233"/>
        <source>%1 (all)</source>
        <translation>%1 (all)</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="136"/>
        <location filename="../../core/reports/reportexport.cpp" line="247"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="137"/>
        <location filename="../../core/reports/reportexport.cpp" line="248"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="139"/>
        <source>%1: cases</source>
        <translation>%1: cases</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="140"/>
        <source>%1: points</source>
        <translation>%1: points</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="142"/>
        <location filename="../../core/reports/reportexport.cpp" line="242"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="144"/>
        <location filename="../../core/reports/reportexport.cpp" line="243"/>
        <source>Rules: %1</source>
        <translation>Rules: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="165"/>
        <source>Cases registered in the period: %1</source>
        <translation>Cases registered in the period: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/reportexport.cpp" line="260"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/print/reportpdf.cpp" line="34"/>
        <source>Cannot write the PDF file %1.</source>
        <translation>Cannot write the PDF file %1.</translation>
    </message>
</context>
<context>
    <name>tz::ResidentId</name>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="35"/>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="41"/>
        <source>This is an old 15-digit ID number; ask for the 18-digit number on the current identity card.</source>
        <translation>This is an old 15-digit ID number; ask for the 18-digit number on the current identity card.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="47"/>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>An ID number has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="51"/>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation>Character %1 of the ID number must be a digit.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="57"/>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation>The last character of the ID number must be a digit or X.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="60"/>
        <source>The ID number&apos;s region code (its first 6 digits) is not valid.</source>
        <translation>The ID number&apos;s region code (its first 6 digits) is not valid.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="64"/>
        <source>The birth date in the ID number (digits 7 to 14) is not a real date.</source>
        <translation>The birth date in the ID number (digits 7 to 14) is not a real date.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="67"/>
        <source>The birth date in the ID number is in the future.</source>
        <translation>The birth date in the ID number is in the future.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="70"/>
        <source>The ID number&apos;s check digit does not match: one character is probably mistyped.</source>
        <translation>The ID number&apos;s check digit does not match: one character is probably mistyped.</translation>
    </message>
</context>
<context>
    <name>tz::Residents</name>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="58"/>
        <source>A handler may not register or edit residents.</source>
        <translation>A handler may not register or edit residents.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="61"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>Unit %1 is outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="85"/>
        <source>A resident&apos;s name needs 1 to 30 characters.</source>
        <translation>A resident&apos;s name needs 1 to 30 characters.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="90"/>
        <source>A name holds no digits or control characters.</source>
        <translation>A name holds no digits or control characters.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="108"/>
        <source>An address may have at most 120 characters.</source>
        <translation>An address may have at most 120 characters.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="113"/>
        <location filename="../../core/residents/residentservice.cpp" line="171"/>
        <source>&quot;%1&quot; is not a care group.</source>
        <translation>&quot;%1&quot; is not a care group.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="127"/>
        <source>A resident with this ID number is already registered.</source>
        <translation>A resident with this ID number is already registered.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="141"/>
        <location filename="../../core/residents/residentservice.cpp" line="165"/>
        <location filename="../../core/residents/residentservice.cpp" line="185"/>
        <source>There is no such resident.</source>
        <translation>There is no such resident.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="151"/>
        <source>Another resident has this ID number.</source>
        <translation>Another resident has this ID number.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="196"/>
        <source>This resident lives outside your part of the org tree and none of their cases is with your unit.</source>
        <translation>This resident lives outside your part of the org tree and none of their cases is with your unit.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="202"/>
        <source>Say why you need the full number: it is recorded with your name.</source>
        <translation>Say why you need the full number: it is recorded with your name.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="207"/>
        <source>The reason is longer than 200 characters.</source>
        <translation>The reason is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="212"/>
        <source>No phone number is recorded for this resident.</source>
        <translation>No phone number is recorded for this resident.</translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="214"/>
        <source>No ID number is recorded for this resident.</source>
        <translation>No ID number is recorded for this resident.</translation>
    </message>
</context>
<context>
    <name>tz::ResidentsPage</name>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="50"/>
        <source>Name, pinyin initials, phone or last digits of the ID</source>
        <translation>Name, pinyin initials, phone or last digits of the ID</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="52"/>
        <source>&amp;Find a resident:</source>
        <translation>&amp;Find a resident:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="58"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="65"/>
        <source>Type at least one character of a name, two pinyin initials (e.g. lch for 黎承辉), or four digits of a phone or ID number.</source>
        <translation>Type at least one character of a name, two pinyin initials (e.g. lch for 黎承辉), or four digits of a phone or ID number.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="86"/>
        <location filename="../../ui/residents/residentspage.cpp" line="88"/>
        <source>Show in full…</source>
        <translation>Show in full…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="102"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="103"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="104"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="105"/>
        <source>Unit and grid:</source>
        <translation>Unit and grid:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="108"/>
        <source>Care groups</source>
        <translation>Care groups</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="120"/>
        <source>Save tags</source>
        <translation>Save tags</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="127"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="135"/>
        <source>Cases this resident brought</source>
        <translation>Cases this resident brought</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="238"/>
        <source>Nobody found for &quot;%1&quot;. New residents are added at 受理 (F2).</source>
        <translation>Nobody found for &quot;%1&quot;. New residents are added at 受理 (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="252"/>
        <location filename="../../ui/residents/residentspage.cpp" line="253"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="271"/>
        <source>%1 (this resident)</source>
        <translation>%1 (this resident)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="276"/>
        <source>No household recorded.</source>
        <translation>No household recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="287"/>
        <source>the care groups of %1</source>
        <translation>the care groups of %1</translation>
    </message>
    <message>
        <location filename="../../ui/residents/residentspage.cpp" line="300"/>
        <source>Tags saved.</source>
        <translation>Tags saved.</translation>
    </message>
</context>
<context>
    <name>tz::RevealDialog</name>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="24"/>
        <source>Show the full phone number</source>
        <translation>Show the full phone number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="24"/>
        <source>Show the full ID number</source>
        <translation>Show the full ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="27"/>
        <source>Your name, the time and the reason are kept in the ledger with this request.</source>
        <translation>Your name, the time and the reason are kept in the ledger with this request.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="31"/>
        <source>e.g. to call back about case 20261130-…</source>
        <translation>e.g. to call back about case 20261130-…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="32"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="47"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/residents/revealdialog.cpp" line="72"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>tz::Role</name>
    <message>
        <location filename="../../core/auth/role.cpp" line="45"/>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="47"/>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="49"/>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="51"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="53"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>tz::RulesDialog</name>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="40"/>
        <source>Assessment rules: save as a new version</source>
        <translation>Assessment rules: save as a new version</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="48"/>
        <source>e.g. 金城江区网格化服务管理考评办法（2027 年版）</source>
        <translation>e.g. 金城江区网格化服务管理考评办法（2027 年版）</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="55"/>
        <source>&amp;Full score:</source>
        <translation>&amp;Full score:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="57"/>
        <source>Rated Good &amp;from:</source>
        <extracomment>The lowest score rated 好</extracomment>
        <translation>Rated Good &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="59"/>
        <source>Rated Fairly good f&amp;rom:</source>
        <extracomment>The lowest score rated 较好 (below it: 一般)</extracomment>
        <translation>Rated Fairly good f&amp;rom:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Rule as shown</source>
        <translation>Rule as shown</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Counts the cases</source>
        <translation>Counts the cases</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>Points per case</source>
        <translation>Points per case</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="65"/>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="69"/>
        <source>Points per case: negative loses points, positive gains them. At most: the most one rule moves a score either way (0: no limit).</source>
        <translation>Points per case: negative loses points, positive gains them. At most: the most one rule moves a score either way (0: no limit).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="77"/>
        <source>&amp;Add a rule</source>
        <translation>&amp;Add a rule</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="83"/>
        <source>&amp;Remove the rule</source>
        <translation>&amp;Remove the rule</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="96"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <location filename="../../ui/reports/rulesdialog.cpp" line="100"/>
        <source>Ratings made with earlier versions stay as they were: each version is kept, and 考评 shows which one a sheet used.</source>
        <translation>Ratings made with earlier versions stay as they were: each version is kept, and 考评 shows which one a sheet used.</translation>
    </message>
</context>
<context>
    <name>tz::Satisfaction</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="83"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="85"/>
        <source>Mostly satisfied</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="87"/>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
</context>
<context>
    <name>tz::Settings</name>
    <message>
        <location filename="../../core/settings/settings.cpp" line="55"/>
        <source>A setting&apos;s value may not hold control characters.</source>
        <translation>A setting&apos;s value may not hold control characters.</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="63"/>
        <source>A phone number holds digits, spaces and - + ( ) / 转 only.</source>
        <translation>A phone number holds digits, spaces and - + ( ) / 转 only.</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="70"/>
        <source>A phone number has at least five digits.</source>
        <translation>A phone number has at least five digits.</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="97"/>
        <source>That is not a value the setting %1 can take.</source>
        <translation>That is not a value the setting %1 can take.</translation>
    </message>
    <message>
        <location filename="../../core/settings/settings.cpp" line="133"/>
        <source>There is no setting named %1.</source>
        <translation>There is no setting named %1.</translation>
    </message>
</context>
<context>
    <name>tz::SettingsPage</name>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="40"/>
        <source>Center and language</source>
        <translation>Center and language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="42"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="59"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="60"/>
        <source>Departments and deadlines</source>
        <translation>Departments and deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="61"/>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="62"/>
        <source>Service catalog</source>
        <translation>Service catalog</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="46"/>
        <source>Imports, users, departments, deadlines, grids and the catalog are changed by an administrator.</source>
        <translation>Imports, users, departments, deadlines, grids and the catalog are changed by an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="75"/>
        <source>The center, as receipts print it</source>
        <translation>The center, as receipts print it</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="81"/>
        <source>e.g. 五圩镇党群服务中心</source>
        <translation>e.g. 五圩镇党群服务中心</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="84"/>
        <source>e.g. 0778-2291234</source>
        <translation>e.g. 0778-2291234</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="87"/>
        <source>Center &amp;name:</source>
        <translation>Center &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="88"/>
        <source>Center &amp;phone:</source>
        <translation>Center &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="89"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="104"/>
        <source>Interface language on this computer</source>
        <translation>Interface language on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="113"/>
        <source>Takes effect the next time Taizhang opens.</source>
        <translation>Takes effect the next time Taizhang opens.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="115"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="132"/>
        <source>The center&apos;s name is printed on every receipt: it cannot be empty.</source>
        <translation>The center&apos;s name is printed on every receipt: it cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="138"/>
        <source>The name is at most 60 characters and the phone at most 30.</source>
        <translation>The name is at most 60 characters and the phone at most 30.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="153"/>
        <source>Saved: the next receipt prints it.</source>
        <translation>Saved: the next receipt prints it.</translation>
    </message>
    <message>
        <source>A file is checked row by row first: if any row is wrong nothing is imported and the rows are listed below with the reason. Importing the same file again changes nothing.</source>
        <translation type="vanished">A file is checked row by row first: if any row is wrong nothing is imported and the rows are listed below with the reason. Importing the same file again changes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="172"/>
        <source>Division tree (行政区划)</source>
        <translation>Division tree (行政区划)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="173"/>
        <source>CSV header: code,name,level,parent_code (level: city, county, township, village)</source>
        <translation>CSV header: code,name,level,parent_code (level: city, county, township, village)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="176"/>
        <source>CSV header: date,kind,name (kind: holiday or workday)</source>
        <translation>CSV header: date,kind,name (kind: holiday or workday)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="178"/>
        <source>CSV header: name,list,handling,department,deadline_days</source>
        <translation>CSV header: name,list,handling,department,deadline_days</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="175"/>
        <source>Holiday calendar (节假日)</source>
        <translation>Holiday calendar (节假日)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="162"/>
        <source>A file is checked row by row first: if any row is wrong nothing is imported and the rows are listed below with the reason. Importing the same file again changes nothing, and an import stopped with Cancel changes nothing either.</source>
        <translation>A file is checked row by row first: if any row is wrong nothing is imported and the rows are listed below with the reason. Importing the same file again changes nothing, and an import stopped with Cancel changes nothing either.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="177"/>
        <source>Service catalog (服务清单)</source>
        <translation>Service catalog (服务清单)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="184"/>
        <source>Choose a file and import…</source>
        <translation>Choose a file and import…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="190"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="190"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="201"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="201"/>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="220"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="234"/>
        <source>Division tree imported: %1 new, %2 renamed, %3 unchanged.</source>
        <translation>Division tree imported: %1 new, %2 renamed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="243"/>
        <source>Holiday calendar imported: %1 days set, %2 unchanged.</source>
        <translation>Holiday calendar imported: %1 days set, %2 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingspage.cpp" line="251"/>
        <source>Catalog imported: %1 items defined, %2 unchanged.</source>
        <translation>Catalog imported: %1 items defined, %2 unchanged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/settingspage.cpp" line="260"/>
        <source>%n row(s) were rejected; nothing was imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>%n row was rejected; nothing was imported. Fix the file and import it again.</numerusform>
            <numerusform>%n rows were rejected; nothing was imported. Fix the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tz::SetupDialog</name>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="30"/>
        <source>Set up this computer — Taizhang case ledger</source>
        <translation>Set up this computer — Taizhang case ledger</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="32"/>
        <source>This computer has no ledger to sign in to yet. Type the address of your county&apos;s sync server and the one-time code your administrator gave for your unit: the unit&apos;s ledger is downloaded here, then you sign in with your usual account.</source>
        <translation>This computer has no ledger to sign in to yet. Type the address of your county&apos;s sync server and the one-time code your administrator gave for your unit: the unit&apos;s ledger is downloaded here, then you sign in with your usual account.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="46"/>
        <source>10 letters and digits</source>
        <translation>10 letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="47"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="48"/>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="57"/>
        <source>A counter that keeps its ledger without a server is set up with taizhang-cli init (see the user guide).</source>
        <translation>A counter that keeps its ledger without a server is set up with taizhang-cli init (see the user guide).</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="65"/>
        <source>Connect and download</source>
        <translation>Connect and download</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="82"/>
        <source>already connected</source>
        <translation>already connected</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="83"/>
        <location filename="../../ui/sync/setupdialog.cpp" line="129"/>
        <source>Continue the download</source>
        <translation>Continue the download</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="99"/>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="116"/>
        <source>The server sent no user of your unit. Ask the administrator to add your account, then continue.</source>
        <translation>The server sent no user of your unit. Ask the administrator to add your account, then continue.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="122"/>
        <source>%1 What arrived so far is kept: continue when the network is back.</source>
        <translation>%1 What arrived so far is kept: continue when the network is back.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setupdialog.cpp" line="141"/>
        <source>Downloading the unit&apos;s ledger: %1 of %2 MB</source>
        <translation>Downloading the unit&apos;s ledger: %1 of %2 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/setupdialog.cpp" line="148"/>
        <source>Receiving the unit&apos;s records: %n so far</source>
        <translation>
            <numerusform>Receiving the unit&apos;s records: %n so far</numerusform>
            <numerusform>Receiving the unit&apos;s records: %n so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tz::SnapshotAdoption</name>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="144"/>
        <source>its file is damaged: %1</source>
        <translation>its file is damaged: %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="157"/>
        <source>it holds events of this device</source>
        <translation>it holds events of this device</translation>
    </message>
    <message>
        <location filename="../../core/ledger/snapshotadoption.cpp" line="163"/>
        <source>The server&apos;s starting copy failed its check (%1); it was not taken and nothing here was changed.</source>
        <translation>The server&apos;s starting copy failed its check (%1); it was not taken and nothing here was changed.</translation>
    </message>
</context>
<context>
    <name>tz::SnapshotDownload</name>
    <message>
        <location filename="../../core/sync/snapshotdownload.cpp" line="24"/>
        <source>The server&apos;s starting copy arrived damaged; it will be fetched again. Nothing here was lost.</source>
        <translation>The server&apos;s starting copy arrived damaged; it will be fetched again. Nothing here was lost.</translation>
    </message>
    <message>
        <location filename="../../core/sync/snapshotdownload.cpp" line="152"/>
        <source>%1 The records of this unit are received one by one instead.</source>
        <translation>%1 The records of this unit are received one by one instead.</translation>
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
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="81"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="98"/>
        <source>%1 registered, %2 resolved</source>
        <translation>%1 registered, %2 resolved</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="107"/>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="112"/>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="126"/>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="141"/>
        <source>No cases in the period</source>
        <translation>No cases in the period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="149"/>
        <source>By class</source>
        <translation>By class</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="166"/>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="174"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="179"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="193"/>
        <source>%1 · registered</source>
        <translation>%1 · registered</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="201"/>
        <source>%1 · overdue now</source>
        <translation>%1 · overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="203"/>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticscharts.cpp" line="212"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="514"/>
        <source>whole ledger</source>
        <translation>whole ledger</translation>
    </message>
    <message>
        <source>Statistics — %1</source>
        <translation type="vanished">Statistics — %1</translation>
    </message>
    <message>
        <source>Period %1 to %2; open and overdue cases as of %3.</source>
        <translation type="vanished">Period %1 to %2; open and overdue cases as of %3.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="vanished">Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Value</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="vanished">Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="vanished">Denominator</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="vanished">Definition</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="vanished">Version</translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="vanished">Units</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="139"/>
        <source>Assessment</source>
        <extracomment>统计&apos;s second view: the units&apos; scores and ratings (考评)</extracomment>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="105"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="106"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="117"/>
        <source>Click a number to list its cases (a rate: the cases it is taken over; right-click for the others). Double-click a unit to see the units under it.</source>
        <translation>Click a number to list its cases (a rate: the cases it is taken over; right-click for the others). Double-click a unit to see the units under it.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="128"/>
        <source>Click a figure, a bar, a slice or a number to list its cases here.</source>
        <translation>Click a figure, a bar, a slice or a number to list its cases here.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="137"/>
        <source>Measures</source>
        <extracomment>统计&apos;s first view: the measures, charts and units</extracomment>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="177"/>
        <source>List the cases counted in (numerator)</source>
        <translation>List the cases counted in (numerator)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="178"/>
        <source>List the cases it is taken over (denominator)</source>
        <translation>List the cases it is taken over (denominator)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="186"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="187"/>
        <source>numerator</source>
        <translation>numerator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="187"/>
        <source>denominator</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="207"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="213"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="216"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="217"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="218"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="219"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="220"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="221"/>
        <source>Other dates</source>
        <translation>Other dates</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="231"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="234"/>
        <source>E&amp;xcel…</source>
        <extracomment>Saves the report (measures, units, 考评 and the cases) as an xlsx workbook</extracomment>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="237"/>
        <source>The measures with their rules, the units, 考评 and the cases registered in the period, as an Excel workbook</source>
        <translation>The measures with their rules, the units, 考评 and the cases registered in the period, as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="239"/>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="546"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="550"/>
        <source>The export did not finish.</source>
        <translation>The export did not finish.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="559"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="559"/>
        <source>Save the report for Excel</source>
        <translation>Save the report for Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="560"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="560"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="565"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="vanished">&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="354"/>
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="386"/>
        <source>%1
Definition version %2</source>
        <extracomment>A measure&apos;s definition and its version, in the tooltip of its figure in 统计</extracomment>
        <translation>%1
Definition version %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="392"/>
        <source>%1 · v%2</source>
        <extracomment>A measure&apos;s name and the version of its definition, e.g. &quot;办结率 · 口径1&quot;</extracomment>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="411"/>
        <source>List the cases counted in</source>
        <translation>List the cases counted in</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="414"/>
        <source>List the cases it is taken over</source>
        <translation>List the cases it is taken over</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="433"/>
        <source> · numerator</source>
        <translation> · numerator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="434"/>
        <location filename="../../ui/reports/statisticspage.cpp" line="482"/>
        <source> · denominator</source>
        <translation> · denominator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/statisticspage.cpp" line="436"/>
        <source>%1%2: %3</source>
        <extracomment>The list under 统计: a measure, which side of it, and its rule (&quot;办结率 · 分子：…&quot;)</extracomment>
        <translation>%1%2: %3</translation>
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
        <translation>%1 (all)</translation>
    </message>
</context>
<context>
    <name>tz::Storage</name>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="18"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="25"/>
        <source>The ledger file cannot be written (read-only or no permission): nothing was saved. (%1)</source>
        <translation>The ledger file cannot be written (read-only or no permission): nothing was saved. (%1)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="33"/>
        <source>The ledger is busy in another program: nothing was saved. Try again.</source>
        <translation>The ledger is busy in another program: nothing was saved. Try again.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="39"/>
        <source>The ledger file is damaged or is not a ledger (%1). Restore it from a backup or from the server.</source>
        <translation>The ledger file is damaged or is not a ledger (%1). Restore it from a backup or from the server.</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="46"/>
        <source>The disk reported an error: nothing was saved. (%1)</source>
        <translation>The disk reported an error: nothing was saved. (%1)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="51"/>
        <source>The ledger refused a change that breaks its rules: %1</source>
        <translation>The ledger refused a change that breaks its rules: %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="57"/>
        <source>Ledger error: %1</source>
        <translation>Ledger error: %1</translation>
    </message>
</context>
<context>
    <name>tz::SupervisionPage</name>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="52"/>
        <source>↑ Up a level</source>
        <translation>↑ Up a level</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="61"/>
        <source>Overdue cases</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="62"/>
        <source>Supervised cases</source>
        <translation>Supervised cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="63"/>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="64"/>
        <source>All open cases</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="66"/>
        <source>Conflicting decisions</source>
        <extracomment>Cases two computers decided differently at the same time (核对冲突)</extracomment>
        <translation>Conflicting decisions</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="67"/>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="78"/>
        <source>Overdue rate</source>
        <translation>Overdue rate</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="88"/>
        <source>Double-click a unit (or press Enter) to see the units under it.</source>
        <translation>Double-click a unit (or press Enter) to see the units under it.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="196"/>
        <source>%1 (all)</source>
        <translation>%1 (all)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisionpage.cpp" line="207"/>
        <source>%1 (its own)</source>
        <translation>%1 (its own)</translation>
    </message>
</context>
<context>
    <name>tz::Sync</name>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation type="vanished">The server address must start with https:// (or http:// on this computer).</translation>
    </message>
    <message>
        <source>Type the one-time code the administrator gave you.</source>
        <translation type="vanished">Type the one-time code the administrator gave you.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation type="vanished">The server at %1 cannot be reached (%2).</translation>
    </message>
    <message>
        <source>The code is wrong, already used or expired.</source>
        <translation type="vanished">The code is wrong, already used or expired.</translation>
    </message>
    <message>
        <location filename="../../core/sync/wire.cpp" line="37"/>
        <source>A malformed sync message: %1.</source>
        <translation>A malformed sync message: %1.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="20"/>
        <source>The server&apos;s answer lists refused records that were not sent; nothing was changed.</source>
        <translation>The server&apos;s answer lists refused records that were not sent; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="30"/>
        <source>The record belongs to a unit this computer may not write to.</source>
        <translation>The record belongs to a unit this computer may not write to.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="33"/>
        <source>The org tree, the catalog and the calendar are changed on the county&apos;s administrator computer only.</source>
        <translation>The org tree, the catalog and the calendar are changed on the county&apos;s administrator computer only.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="37"/>
        <source>The user who recorded it may not take this step.</source>
        <translation>The user who recorded it may not take this step.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="39"/>
        <source>The user who recorded it is not known to the server (created outside its scope?).</source>
        <translation>The user who recorded it is not known to the server (created outside its scope?).</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="42"/>
        <source>A user with this login name exists already: choose another name for the new user.</source>
        <translation>A user with this login name exists already: choose another name for the new user.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="45"/>
        <source>Another case was registered under the same number: register this one again.</source>
        <translation>Another case was registered under the same number: register this one again.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="48"/>
        <source>It is not chained to this computer&apos;s record before it: the ledger may have been tampered with.</source>
        <translation>It is not chained to this computer&apos;s record before it: the ledger may have been tampered with.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="51"/>
        <source>The case it belongs to was never accepted by the server.</source>
        <translation>The case it belongs to was never accepted by the server.</translation>
    </message>
    <message>
        <location filename="../../core/sync/setaside.cpp" line="54"/>
        <source>The server refused it.</source>
        <translation>The server refused it.</translation>
    </message>
    <message>
        <location filename="../../core/sync/replylimits.cpp" line="42"/>
        <source>The server&apos;s answer is larger than any answer may be (%1 MB); it was not read.</source>
        <translation>The server&apos;s answer is larger than any answer may be (%1 MB); it was not read.</translation>
    </message>
    <message>
        <location filename="../../core/sync/replylimits.cpp" line="55"/>
        <source>The server&apos;s answer came too slowly and was abandoned; sync again later.</source>
        <translation>The server&apos;s answer came too slowly and was abandoned; sync again later.</translation>
    </message>
</context>
<context>
    <name>tz::SyncClient</name>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="127"/>
        <source>The server at %1 cannot be reached (%2). Everything stays saved here; sync again later.</source>
        <translation>The server at %1 cannot be reached (%2). Everything stays saved here; sync again later.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="137"/>
        <source>The server does not accept this device (%1): enroll it again with a new code.</source>
        <translation>The server does not accept this device (%1): enroll it again with a new code.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="139"/>
        <source>The server refused: %1. Nothing here was lost.</source>
        <translation>The server refused: %1. Nothing here was lost.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="141"/>
        <source>The server has no such thing (%1).</source>
        <translation>The server has no such thing (%1).</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="144"/>
        <source>The server refused a conflicting event: %1. Nothing here was lost.</source>
        <translation>The server refused a conflicting event: %1. Nothing here was lost.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="146"/>
        <source>Too many attempts: wait a few minutes and try again.</source>
        <translation>Too many attempts: wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="149"/>
        <source>The server answered with an error (%1). Nothing here was lost.</source>
        <translation>The server answered with an error (%1). Nothing here was lost.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="201"/>
        <source>The server&apos;s answer for access is incomplete.</source>
        <translation>The server&apos;s answer for access is incomplete.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="229"/>
        <source>The server no longer accepts this computer (it was revoked, or enrolled again elsewhere). Everything here stays saved; ask the administrator for a new code and connect again.</source>
        <translation>The server no longer accepts this computer (it was revoked, or enrolled again elsewhere). Everything here stays saved; ask the administrator for a new code and connect again.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="236"/>
        <source>The server already enrolled a computer under this ledger&apos;s id: this ledger was copied from an enrolled computer, or enrolled before. A ledger is enrolled once; set this computer up anew from the server.</source>
        <translation>The server already enrolled a computer under this ledger&apos;s id: this ledger was copied from an enrolled computer, or enrolled before. A ledger is enrolled once; set this computer up anew from the server.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="275"/>
        <source>The server&apos;s answer to the enrollment is incomplete.</source>
        <translation>The server&apos;s answer to the enrollment is incomplete.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="106"/>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>The server address must start with https:// (or http:// on this computer).</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="114"/>
        <source>http:// would send this computer&apos;s secret and the residents&apos; records unencrypted: use the server&apos;s https:// address (http:// only for a server on this computer).</source>
        <translation>http:// would send this computer&apos;s secret and the residents&apos; records unencrypted: use the server&apos;s https:// address (http:// only for a server on this computer).</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="119"/>
        <source>Type the one-time code the administrator gave you.</source>
        <translation>Type the one-time code the administrator gave you.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="306"/>
        <source>This computer is not enrolled with a server yet.</source>
        <translation>This computer is not enrolled with a server yet.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="334"/>
        <source>The server acknowledged a different number of events than were sent.</source>
        <translation>The server acknowledged a different number of events than were sent.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="351"/>
        <source>The server sent a cursor that goes backwards.</source>
        <translation>The server sent a cursor that goes backwards.</translation>
    </message>
    <message>
        <location filename="../../core/sync/syncclient.cpp" line="449"/>
        <location filename="../../core/sync/syncclient.cpp" line="465"/>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>Sync stopped; what arrived so far is kept.</translation>
    </message>
</context>
<context>
    <name>tz::SyncStatus</name>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="65"/>
        <source> · %n to send</source>
        <translation>
            <numerusform> · %n to send</numerusform>
            <numerusform> · %n to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="69"/>
        <source>Offline (no sync server)</source>
        <translation>Offline (no sync server)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="70"/>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="71"/>
        <source>Everything is kept on this computer. Connect to the county&apos;s server to share it.</source>
        <translation>Everything is kept on this computer. Connect to the county&apos;s server to share it.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="76"/>
        <source>Syncing… starting copy %1 of %2 MB</source>
        <extracomment>A new computer downloads its unit&apos;s ledger from the server: MB so far, MB in all</extracomment>
        <translation>Syncing… starting copy %1 of %2 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="80"/>
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>Syncing… %n received</numerusform>
            <numerusform>Syncing… %n received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="82"/>
        <location filename="../../ui/sync/syncstatus.cpp" line="87"/>
        <location filename="../../ui/sync/syncstatus.cpp" line="93"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="86"/>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="86"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="92"/>
        <source>Not synced, retry at %1</source>
        <translation>Not synced, retry at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="100"/>
        <source> · indexing for search: %n case(s) left</source>
        <extracomment>After a large sync: received cases are being added to the search index.</extracomment>
        <translation>
            <numerusform> · indexing for search: %n case(s) left</numerusform>
            <numerusform> · indexing for search: %n case(s) left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="102"/>
        <source>Search already finds these cases; it is faster once they are indexed.</source>
        <translation>Search already finds these cases; it is faster once they are indexed.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="106"/>
        <source>Attachments wait: %1</source>
        <extracomment>%1 says why photos or scans could not be sent or fetched; the next sync tries again.</extracomment>
        <translation>Attachments wait: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="110"/>
        <source> · server behind this computer</source>
        <extracomment>The server lists fewer records for this unit than this computer holds.</extracomment>
        <translation> · server behind this computer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="112"/>
        <source>This computer holds %n record(s) the server no longer lists for your unit (was the server restored from an older backup?). Nothing here is lost: tell the administrator.</source>
        <translation>
            <numerusform>This computer holds %n record(s) the server no longer lists for your unit (was the server restored from an older backup?). Nothing here is lost: tell the administrator.</numerusform>
            <numerusform>This computer holds %n record(s) the server no longer lists for your unit (was the server restored from an older backup?). Nothing here is lost: tell the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="119"/>
        <source> · %n record(s) refused</source>
        <extracomment>Records the server would not take: kept on this computer, never sent again.</extracomment>
        <translation>
            <numerusform> · %n record(s) refused</numerusform>
            <numerusform> · %n record(s) refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="121"/>
        <source>The server refused %n record(s) made on this computer; they stay here and the rest is shared as usual. Tell the administrator:</source>
        <translation>
            <numerusform>The server refused %n record(s) made on this computer; they stay here and the rest is shared as usual. Tell the administrator:</numerusform>
            <numerusform>The server refused %n record(s) made on this computer; they stay here and the rest is shared as usual. Tell the administrator:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="135"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/syncstatus.cpp" line="135"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="137"/>
        <source> · this computer&apos;s clock is %1 ahead</source>
        <translation> · this computer&apos;s clock is %1 ahead</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="138"/>
        <source> · this computer&apos;s clock is %1 behind</source>
        <translation> · this computer&apos;s clock is %1 behind</translation>
    </message>
    <message>
        <location filename="../../ui/sync/syncstatus.cpp" line="140"/>
        <source>Set this computer&apos;s date and time: the server&apos;s clock differs by %1.</source>
        <translation>Set this computer&apos;s date and time: the server&apos;s clock differs by %1.</translation>
    </message>
</context>
<context>
    <name>tz::Unsaved</name>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="12"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="13"/>
        <source>Your changes to %1 are not saved yet.</source>
        <translation>Your changes to %1 are not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="17"/>
        <source>&amp;Save them</source>
        <translation>&amp;Save them</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="19"/>
        <source>&amp;Throw them away</source>
        <translation>&amp;Throw them away</translation>
    </message>
    <message>
        <location filename="../../ui/common/unsaved.cpp" line="21"/>
        <source>Keep &amp;editing</source>
        <translation>Keep &amp;editing</translation>
    </message>
</context>
<context>
    <name>tz::Users</name>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="41"/>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="45"/>
        <source>A password may have at most 128 characters.</source>
        <translation>A password may have at most 128 characters.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="54"/>
        <source>Only an administrator may create users.</source>
        <translation>Only an administrator may create users.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="58"/>
        <source>A login name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>A login name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="65"/>
        <source>The display name needs 1 to 30 characters.</source>
        <translation>The display name needs 1 to 30 characters.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="69"/>
        <source>The login name %1 is taken.</source>
        <translation>The login name %1 is taken.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="71"/>
        <source>Every user except a ledger administrator belongs to an org unit.</source>
        <translation>Every user except a ledger administrator belongs to an org unit.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="76"/>
        <source>There is no unit with code %1.</source>
        <translation>There is no unit with code %1.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="80"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation>Unit %1 is outside your part of the org tree.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="86"/>
        <source>The department does not belong to the user&apos;s unit.</source>
        <translation>The department does not belong to the user&apos;s unit.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="111"/>
        <source>Only an administrator may change another user&apos;s password.</source>
        <translation>Only an administrator may change another user&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="114"/>
        <location filename="../../core/auth/userservice.cpp" line="130"/>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="128"/>
        <source>Only an administrator may deactivate users.</source>
        <translation>Only an administrator may deactivate users.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="145"/>
        <source>Wrong login name or password.</source>
        <translation>Wrong login name or password.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="154"/>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="160"/>
        <source>This account is locked after %1 wrong passwords. Try again in %2 minutes, or ask an administrator.</source>
        <translation>This account is locked after %1 wrong passwords. Try again in %2 minutes, or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="178"/>
        <source>Wrong password. The account is now locked for %1 minutes.</source>
        <translation>Wrong password. The account is now locked for %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="181"/>
        <source>Wrong login name or password. %1 more wrong tries lock the account for %2 minutes.</source>
        <translation>Wrong login name or password. %1 more wrong tries lock the account for %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="23"/>
        <location filename="../../core/workspace/workspace.cpp" line="101"/>
        <source>Ledger administrator</source>
        <translation>Ledger administrator</translation>
    </message>
</context>
<context>
    <name>tz::UsersTab</name>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="39"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="47"/>
        <source>Set a new password…</source>
        <translation>Set a new password…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="48"/>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="58"/>
        <source>letters and digits, e.g. wxsq-chuangkou</source>
        <translation>letters and digits, e.g. wxsq-chuangkou</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="73"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="75"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="76"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="77"/>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="79"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="97"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="98"/>
        <source>New password (at least 8 characters):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="102"/>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="108"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="109"/>
        <source>%1 will no longer be able to sign in. Their cases and history stay. Go on?</source>
        <translation>%1 will no longer be able to sign in. Their cases and history stay. Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="114"/>
        <source>Deactivated.</source>
        <translation>Deactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="137"/>
        <source>whole ledger</source>
        <translation>whole ledger</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="138"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="138"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="147"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="157"/>
        <source>Pick a user in the list first.</source>
        <translation>Pick a user in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/userstab.cpp" line="174"/>
        <source>%1 can sign in now as %2.</source>
        <translation>%1 can sign in now as %2.</translation>
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
        <translation>Cannot create the Excel file %1.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="70"/>
        <source>The sheet name %1 is not allowed.</source>
        <translation>The sheet name %1 is not allowed.</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="144"/>
        <source>Cannot write the Excel file %1: %2</source>
        <translation>Cannot write the Excel file %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/xlsxbook.cpp" line="153"/>
        <source>Cannot write the Excel file %1.</source>
        <translation>Cannot write the Excel file %1.</translation>
    </message>
</context>
<context>
    <name>tz::server</name>
    <message>
        <source>The server&apos;s database refused: %1</source>
        <translation type="vanished">The server&apos;s database refused: %1</translation>
    </message>
</context>
<context>
    <name>tz::server::ActorStore</name>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="59"/>
        <location filename="../../app/server/actorstore.cpp" line="115"/>
        <source>%1 is recorded by %2, a user the server does not know</source>
        <translation>%1 is recorded by %2, a user the server does not know</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="64"/>
        <source>user %1 (%2) may not change the assessment rules</source>
        <translation>user %1 (%2) may not change the assessment rules</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="71"/>
        <source>user %1 (%2) may not %3</source>
        <translation>user %1 (%2) may not %3</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="102"/>
        <source>the login %1 or the user %2 exists already</source>
        <translation>the login %1 or the user %2 exists already</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="118"/>
        <source>%1 is recorded by %2, a user of unit %3 outside this device&apos;s scope</source>
        <translation>%1 is recorded by %2, a user of unit %3 outside this device&apos;s scope</translation>
    </message>
    <message>
        <location filename="../../app/server/actorstore.cpp" line="136"/>
        <source>user %1 may not create, reset or close accounts</source>
        <translation>user %1 may not create, reset or close accounts</translation>
    </message>
</context>
<context>
    <name>tz::server::DeviceStore</name>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="71"/>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation>&quot;%1&quot; is not a 12-digit division code.</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="94"/>
        <source>the enrollment code is wrong, used or expired</source>
        <translation>the enrollment code is wrong, used or expired</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="105"/>
        <source>this device id is already enrolled; a new device needs an id of its own</source>
        <translation>this device id is already enrolled; a new device needs an id of its own</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="144"/>
        <location filename="../../app/server/devicestore.cpp" line="155"/>
        <source>unknown device or secret</source>
        <translation>unknown device or secret</translation>
    </message>
    <message>
        <location filename="../../app/server/devicestore.cpp" line="213"/>
        <source>No device %1 is enrolled.</source>
        <translation>No device %1 is enrolled.</translation>
    </message>
</context>
<context>
    <name>tz::server::EventStore</name>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="116"/>
        <source>an event of another device</source>
        <translation>an event of another device</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="118"/>
        <source>an event does not match its hash</source>
        <translation>an event does not match its hash</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="125"/>
        <source>a different event was already stored under number %1</source>
        <translation>a different event was already stored under number %1</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="163"/>
        <source>event %1 of this device is not chained to its event %2</source>
        <translation>event %1 of this device is not chained to its event %2</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="168"/>
        <source>shared reference data is changed at the top unit only</source>
        <translation>shared reference data is changed at the top unit only</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="172"/>
        <source>%1 was never registered here; its step cannot be stored</source>
        <translation>%1 was never registered here; its step cannot be stored</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="179"/>
        <source>%1 is outside this device&apos;s scope</source>
        <translation>%1 is outside this device&apos;s scope</translation>
    </message>
    <message>
        <location filename="../../app/server/eventstore.cpp" line="191"/>
        <source>case number %1 is registered for another case already</source>
        <translation>case number %1 is registered for another case already</translation>
    </message>
</context>
<context>
    <name>tz::server::FileStore</name>
    <message>
        <location filename="../../app/server/filestore.cpp" line="92"/>
        <source>no case refers to this file</source>
        <translation>no case refers to this file</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="93"/>
        <source>this file belongs to cases outside this device&apos;s scope</source>
        <translation>this file belongs to cases outside this device&apos;s scope</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="120"/>
        <source>the file&apos;s size differs from the one first announced</source>
        <translation>the file&apos;s size differs from the one first announced</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="124"/>
        <source>more bytes than the file&apos;s size</source>
        <translation>more bytes than the file&apos;s size</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="140"/>
        <source>the bytes received do not match the file&apos;s hash</source>
        <translation>the bytes received do not match the file&apos;s hash</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="165"/>
        <source>the server does not hold this file yet</source>
        <translation>the server does not hold this file yet</translation>
    </message>
    <message>
        <location filename="../../app/server/filestore.cpp" line="169"/>
        <source>an offset outside the file</source>
        <translation>an offset outside the file</translation>
    </message>
</context>
<context>
    <name>tz::server::ServerStore</name>
    <message>
        <source>PostgreSQL is not supported by this server yet; use --db sqlite:PATH.</source>
        <translation type="vanished">PostgreSQL is not supported by this server yet; use --db sqlite:PATH.</translation>
    </message>
    <message>
        <source>--db takes sqlite:PATH or postgresql://…, not &quot;%1&quot;.</source>
        <translation type="vanished">--db takes sqlite:PATH or postgresql://…, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation type="vanished">&quot;%1&quot; is not a 12-digit division code.</translation>
    </message>
    <message>
        <source>the enrollment code is wrong, used or expired</source>
        <translation type="vanished">the enrollment code is wrong, used or expired</translation>
    </message>
    <message>
        <source>this device id is already enrolled; a new device needs an id of its own</source>
        <translation type="vanished">this device id is already enrolled; a new device needs an id of its own</translation>
    </message>
    <message>
        <source>unknown device or secret</source>
        <translation type="vanished">unknown device or secret</translation>
    </message>
    <message>
        <source>No device %1 is enrolled.</source>
        <translation type="vanished">No device %1 is enrolled.</translation>
    </message>
    <message>
        <source>The server&apos;s database was written by a newer taizhang-server (schema %1; this program knows up to %2). Run that version or a newer one; the database was not changed.</source>
        <translation type="vanished">The server&apos;s database was written by a newer taizhang-server (schema %1; this program knows up to %2). Run that version or a newer one; the database was not changed.</translation>
    </message>
    <message>
        <source>an event of another device</source>
        <translation type="vanished">an event of another device</translation>
    </message>
    <message>
        <source>an event does not match its hash</source>
        <translation type="vanished">an event does not match its hash</translation>
    </message>
    <message>
        <source>a different event was already stored under number %1</source>
        <translation type="vanished">a different event was already stored under number %1</translation>
    </message>
    <message>
        <source>shared reference data is changed at the top unit only</source>
        <translation type="vanished">shared reference data is changed at the top unit only</translation>
    </message>
    <message>
        <source>%1 was never registered here; its step cannot be stored</source>
        <translation type="vanished">%1 was never registered here; its step cannot be stored</translation>
    </message>
    <message>
        <source>%1 is outside this device&apos;s scope</source>
        <translation type="vanished">%1 is outside this device&apos;s scope</translation>
    </message>
    <message>
        <source>%1 is recorded by %2, a user the server does not know</source>
        <translation type="vanished">%1 is recorded by %2, a user the server does not know</translation>
    </message>
    <message>
        <source>user %1 (%2) may not change the assessment rules</source>
        <translation type="vanished">user %1 (%2) may not change the assessment rules</translation>
    </message>
    <message>
        <source>user %1 (%2) may not %3</source>
        <translation type="vanished">user %1 (%2) may not %3</translation>
    </message>
    <message>
        <source>the login %1 or the user %2 exists already</source>
        <translation type="vanished">the login %1 or the user %2 exists already</translation>
    </message>
    <message>
        <source>%1 is recorded by %2, a user of unit %3 outside this device&apos;s scope</source>
        <translation type="vanished">%1 is recorded by %2, a user of unit %3 outside this device&apos;s scope</translation>
    </message>
    <message>
        <source>user %1 may not create, reset or close accounts</source>
        <translation type="vanished">user %1 may not create, reset or close accounts</translation>
    </message>
    <message>
        <source>user %1 may not create users</source>
        <translation type="vanished">user %1 may not create users</translation>
    </message>
    <message>
        <source>no case refers to this file</source>
        <translation type="vanished">no case refers to this file</translation>
    </message>
    <message>
        <source>this file belongs to cases outside this device&apos;s scope</source>
        <translation type="vanished">this file belongs to cases outside this device&apos;s scope</translation>
    </message>
    <message>
        <source>the file&apos;s size differs from the one first announced</source>
        <translation type="vanished">the file&apos;s size differs from the one first announced</translation>
    </message>
    <message>
        <source>more bytes than the file&apos;s size</source>
        <translation type="vanished">more bytes than the file&apos;s size</translation>
    </message>
    <message>
        <source>the bytes received do not match the file&apos;s hash</source>
        <translation type="vanished">the bytes received do not match the file&apos;s hash</translation>
    </message>
    <message>
        <source>the server does not hold this file yet</source>
        <translation type="vanished">the server does not hold this file yet</translation>
    </message>
    <message>
        <source>an offset outside the file</source>
        <translation type="vanished">an offset outside the file</translation>
    </message>
    <message>
        <source>no such snapshot chunk</source>
        <translation type="vanished">no such snapshot chunk</translation>
    </message>
</context>
<context>
    <name>tz::server::SnapshotStore</name>
    <message>
        <location filename="../../app/server/snapshotstore.cpp" line="108"/>
        <source>no such snapshot chunk</source>
        <translation>no such snapshot chunk</translation>
    </message>
</context>
<context>
    <name>tz::server::StoreDatabase</name>
    <message>
        <location filename="../../app/server/storedatabase.cpp" line="74"/>
        <source>--db takes sqlite:PATH or postgresql://…, not &quot;%1&quot;.</source>
        <translation>--db takes sqlite:PATH or postgresql://…, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tz::server::StoreSchema</name>
    <message>
        <location filename="../../app/server/storeschema.cpp" line="119"/>
        <source>The server&apos;s database was written by a newer taizhang-server (schema %1; this program knows up to %2). Run that version or a newer one; the database was not changed.</source>
        <translation>The server&apos;s database was written by a newer taizhang-server (schema %1; this program knows up to %2). Run that version or a newer one; the database was not changed.</translation>
    </message>
</context>
<context>
    <name>tz::server::store</name>
    <message>
        <location filename="../../app/server/storesupport.cpp" line="16"/>
        <source>The server&apos;s database refused: %1</source>
        <translation>The server&apos;s database refused: %1</translation>
    </message>
</context>
</TS>
