<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tz::Calendar</name>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="35"/>
        <source>Only an administrator may change the work calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="116"/>
        <source>Only an administrator may change deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="118"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="121"/>
        <source>A deadline is 0 to 365 working days, and 0 for an Immediate case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="147"/>
        <source>Only an administrator may change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/calendarservice.cpp" line="149"/>
        <source>A setting has a name and a value of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="34"/>
        <source>The header must name the columns date,kind,name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="46"/>
        <source>&quot;%1&quot; is not a date of the form 2026-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="57"/>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="63"/>
        <source>kind &quot;%1&quot; must be holiday or workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="67"/>
        <source>the name may have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/calendar/workcalendar.cpp" line="72"/>
        <source>%1 appears twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::CaseAction</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="91"/>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="93"/>
        <source>resolve on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="94"/>
        <source>dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="95"/>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="96"/>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="97"/>
        <source>add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="99"/>
        <source>request materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="101"/>
        <source>record materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="102"/>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="103"/>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="105"/>
        <source>answer as co-handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="106"/>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="107"/>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="108"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="109"/>
        <source>supervise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::CaseEvent</name>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="12"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="13"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="14"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="15"/>
        <source>Work started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="16"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="17"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="18"/>
        <source>Materials requested (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="19"/>
        <source>Materials received (clock resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="20"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="21"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="22"/>
        <source>Co-handler answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="23"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="24"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="25"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="26"/>
        <source>Supervision changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseevents.cpp" line="27"/>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::CaseListModel</name>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="91"/>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="93"/>
        <source> (waiting for materials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="116"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="118"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="120"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="122"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="124"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="126"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="128"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/caselistmodel.cpp" line="130"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::CaseState</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="61"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="62"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="63"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="64"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="65"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="66"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="67"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="68"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Cases</name>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="54"/>
        <source>Only an Immediate (即办) case can be resolved on the spot; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="58"/>
        <location filename="../../core/cases/caseservice.cpp" line="275"/>
        <source>Only a Joint (联办) case has co-handlers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="60"/>
        <source>This case is not waiting for materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="62"/>
        <source>This case is already waiting for materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="64"/>
        <source>This case is %1: it cannot %2 now.</source>
        <extracomment>%1 is a case state such as &quot;Resolved&quot;, %2 an action such as &quot;accept&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casepolicy.cpp" line="104"/>
        <source>A %1 may not %2 a case.</source>
        <extracomment>%1 is a role such as &quot;Grid worker&quot;, %2 an action such as &quot;accept&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="33"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="36"/>
        <source>%1 may have at most %2 characters (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="39"/>
        <source>%1 holds a control character; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="100"/>
        <location filename="../../core/cases/caseservice.cpp" line="280"/>
        <source>There is no unit with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="102"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="103"/>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="106"/>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="108"/>
        <location filename="../../core/cases/caseservice.cpp" line="414"/>
        <source>The result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="115"/>
        <source>There is no such catalog item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="121"/>
        <source>Choose a handling class (即办, 快办, 分办 or 联办).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="128"/>
        <source>There is no such resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="143"/>
        <source>The registration time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="148"/>
        <source>Only an Immediate (即办) case can be resolved on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="153"/>
        <source>Write what was done to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="159"/>
        <source>A deadline is 0 to 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="224"/>
        <source>Case %1 is handled by %2, outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="229"/>
        <source>Case %1 was dispatched to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="251"/>
        <source>There is no case numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="270"/>
        <source>A Joint (联办) case needs at least one co-handler besides the lead unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="283"/>
        <source>%1 is outside your part of the org tree: escalate the case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="289"/>
        <source>That department does not belong to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="297"/>
        <source>The handler must be an active handler of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="326"/>
        <location filename="../../core/cases/caseservice.cpp" line="391"/>
        <location filename="../../core/cases/caseservice.cpp" line="476"/>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="346"/>
        <location filename="../../core/cases/caseservice.cpp" line="496"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="360"/>
        <source>The materials needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="397"/>
        <source>The case is already at the top of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="401"/>
        <source>The unit above %1 is not in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="421"/>
        <source>Co-handler %1 has not answered yet; the lead resolves a Joint case after every co-handler&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="436"/>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="452"/>
        <source>You are not a co-handler of case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="459"/>
        <source>The remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/caseservice.cpp" line="509"/>
        <source>The file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Catalog</name>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="37"/>
        <source>Done at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="39"/>
        <source>Done on the citizen&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogitem.cpp" line="41"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="58"/>
        <source>the name must have 1 to 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="60"/>
        <source>the department must have 1 to 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="62"/>
        <source>the deadline must be 0 to 365 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="64"/>
        <source>an Immediate item is done the same day: its deadline is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="79"/>
        <location filename="../../core/catalog/catalogservice.cpp" line="166"/>
        <location filename="../../core/catalog/catalogservice.cpp" line="190"/>
        <source>Only an administrator may change the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="88"/>
        <source>The header must name the columns name,list,handling,department,deadline_days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="104"/>
        <source>list &quot;%1&quot; must be 即办, 代办 or 咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="109"/>
        <source>handling &quot;%1&quot; must be immediate, fast, routed or joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="113"/>
        <source>deadline_days &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="124"/>
        <source>&quot;%1&quot; appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="174"/>
        <source>The catalog already has an item named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/catalogservice.cpp" line="192"/>
        <source>There is no such catalog item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Channel</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="72"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="73"/>
        <source>Phone or hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="74"/>
        <source>WeChat group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="75"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="76"/>
        <source>Suggestion box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="77"/>
        <source>Mini program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="78"/>
        <source>Secretary mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="79"/>
        <source>House meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Cli</name>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="64"/>
        <source>Case %1  %2  [%3 / %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="66"/>
        <source>  unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="67"/>
        <source>  registered: %1 via %2; deadline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="70"/>
        <source>  resident: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="72"/>
        <source>  resolved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="74"/>
        <source>  under supervision (督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="76"/>
        <source>  CONFLICT to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="88"/>
        <source>case %1 needs a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="98"/>
        <location filename="../../app/cli/cli.cpp" line="398"/>
        <source>No department named %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="104"/>
        <source>No user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="144"/>
        <source>--satisfaction must be satisfied, mostly or unsatisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="156"/>
        <source>No file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="159"/>
        <source>Unknown case command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="175"/>
        <source>--handling must be immediate, fast, routed or joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="181"/>
        <source>--channel must be counter, phone, wechat, visit, box, miniprogram, mailbox or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="189"/>
        <source>No catalog item named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="200"/>
        <source>No resident has this ID number; give --resident-name to register the person with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="218"/>
        <source>--at must be an ISO 8601 date or time, such as 2026-01-09T10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/casecommands.cpp" line="234"/>
        <source>There is no case numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="46"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="110"/>
        <source>Demo counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="142"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="174"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="203"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="213"/>
        <source>Taizhang device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="221"/>
        <source>Created ledger %1 (device %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="224"/>
        <source>One-time administrator password for &quot;admin&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="235"/>
        <location filename="../../app/cli/cli.cpp" line="265"/>
        <location filename="../../app/cli/cli.cpp" line="279"/>
        <source>Nothing was imported; fix these rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="248"/>
        <source>Imported: %1 new, %2 renamed, %3 unchanged. The ledger holds %4 city, %5 counties, %6 townships, %7 villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="270"/>
        <source>Calendar: %1 days set, %2 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="285"/>
        <source>Catalog: %1 items defined, %2 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="293"/>
        <source>Catalog written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="306"/>
        <source>Ledger verified: %1 events from %2 devices, chains intact, projections match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="309"/>
        <source>Ledger verification FAILED:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="330"/>
        <source>No case matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="349"/>
        <source>Valid ID number (born %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="359"/>
        <source>demo: %1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="369"/>
        <source>demo: %1 steps were refused by the services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="374"/>
        <source>Demo ledger: %1 cases, %2 residents, %3 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="384"/>
        <source>--role must be clerk, grid-worker, handler, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="387"/>
        <source>Cannot read the password file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="406"/>
        <source>User %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="416"/>
        <source>Department %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="431"/>
        <source>Resident %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Csv</name>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="67"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="70"/>
        <source>%1 is too large (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="89"/>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="92"/>
        <source>Line %1: the file is not valid UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="152"/>
        <source>Line %1 holds a control character (code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="158"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="166"/>
        <source>Line %1 holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvreader.cpp" line="171"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/io/csvwriter.cpp" line="48"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Demo</name>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="36"/>
        <source>The built-in file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="51"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/demogenerator.cpp" line="104"/>
        <source>The demo county %1 is not in the division tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Desktop</name>
    <message>
        <location filename="../../app/desktop/main.cpp" line="37"/>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Grids</name>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="34"/>
        <source>Only an administrator or a supervisor may change grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="36"/>
        <location filename="../../core/grids/gridservice.cpp" line="132"/>
        <location filename="../../core/grids/gridservice.cpp" line="163"/>
        <source>Village %1 is outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="45"/>
        <source>Grids hang below a village; %1 is not a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="51"/>
        <source>A grid needs a name of 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="56"/>
        <source>The parent grid is not in the same village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="59"/>
        <source>Grid %1 already holds households; they belong to the smallest grid, so it cannot be divided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="79"/>
        <location filename="../../core/grids/gridservice.cpp" line="95"/>
        <location filename="../../core/grids/gridservice.cpp" line="113"/>
        <location filename="../../core/grids/gridservice.cpp" line="129"/>
        <source>There is no such grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="84"/>
        <location filename="../../core/grids/gridservice.cpp" line="100"/>
        <source>There is no such active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="134"/>
        <source>A handler may not register households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="137"/>
        <source>Households belong to the smallest grid; %1 is divided into smaller grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="142"/>
        <source>A household needs an address of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/grids/gridservice.cpp" line="159"/>
        <source>There is no such household.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Handling</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="54"/>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="55"/>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="56"/>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="57"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Ledger</name>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="58"/>
        <source>This SQLite library has no FTS5 full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="116"/>
        <source>There is no ledger at %1. Create one with &quot;taizhang-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="125"/>
        <source>%1 already holds a ledger; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="128"/>
        <source>%1 is not a Taizhang ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="138"/>
        <source>The ledger failed its integrity check (%1). Restore it from a backup or from the server; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="190"/>
        <source>The ledger has no device identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="318"/>
        <source>An event from device %1 (number %2) does not match its hash; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="467"/>
        <source>integrity_check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="484"/>
        <source>this device&apos;s events start at number %1, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="486"/>
        <source>this device&apos;s events jump from number %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="491"/>
        <source>event %1/%2 does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="493"/>
        <source>event %1/%2 is not chained to the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="504"/>
        <source>No temporary folder for the verification fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="508"/>
        <source>FTS5 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="532"/>
        <source>table %1 differs from a fresh fold of the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/migrations.cpp" line="36"/>
        <source>This ledger was written by a newer version of Taizhang (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace/workspace.cpp" line="72"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="36"/>
        <source>Taizhang case ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="36"/>
        <source>Taizhang case ledger — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="41"/>
        <source>This first window lists and searches the ledger. Intake, the workbench, follow-ups and supervision screens are not built yet; use taizhang-cli for them meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="52"/>
        <source>Search: words of the request, case number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="55"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="58"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="87"/>
        <source>Offline (sync not set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="123"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="146"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="147"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="148"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="149"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="150"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="156"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="157"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Org</name>
    <message>
        <location filename="../../core/org/divisioncode.cpp" line="16"/>
        <location filename="../../core/org/orgservice.cpp" line="93"/>
        <source>&quot;%1&quot; is not a 12-digit division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="42"/>
        <source>Only an administrator may change the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="80"/>
        <source>The header must name the columns code,name,level,parent_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="99"/>
        <source>level &quot;%1&quot; must be one of city, county, township, village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="105"/>
        <source>the name of %1 is empty, longer than 60 characters or holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="112"/>
        <source>code %1 appears twice (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="138"/>
        <source>parent %1 of %2 is neither in the file nor in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="143"/>
        <source>%1 (%2) cannot sit directly under a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="150"/>
        <source>code %1 does not start with its parent&apos;s digits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="268"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="271"/>
        <location filename="../../core/org/orgservice.cpp" line="295"/>
        <source>A department needs a name of 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="273"/>
        <source>There is no unit with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="275"/>
        <source>%1 already has a department named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orgservice.cpp" line="292"/>
        <location filename="../../core/org/orgservice.cpp" line="307"/>
        <source>There is no such department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::OrgLevel</name>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="41"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="43"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="45"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/org/orglevel.cpp" line="47"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Phone</name>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="22"/>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="26"/>
        <source>A phone number holds digits, spaces and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="54"/>
        <source>A short service number (such as 12345) is not a resident&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="56"/>
        <source>A mobile number has 11 digits and starts with 13–19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/phonenumber.cpp" line="57"/>
        <source>A landline needs its area code, such as 0778-2281234.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::ResidentId</name>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="36"/>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="42"/>
        <source>This is an old 15-digit ID number; ask for the 18-digit number on the current identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="46"/>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="49"/>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="53"/>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="55"/>
        <source>The ID number&apos;s region code (its first 6 digits) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="58"/>
        <source>The birth date in the ID number (digits 7 to 14) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="60"/>
        <source>The birth date in the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentid.cpp" line="62"/>
        <source>The ID number&apos;s check digit does not match: one character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Residents</name>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="56"/>
        <source>A handler may not register or edit residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="58"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="80"/>
        <source>A resident&apos;s name needs 1 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="84"/>
        <source>A name holds no digits or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="100"/>
        <source>An address may have at most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="103"/>
        <location filename="../../core/residents/residentservice.cpp" line="157"/>
        <source>&quot;%1&quot; is not a care group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="116"/>
        <source>A resident with this ID number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="129"/>
        <location filename="../../core/residents/residentservice.cpp" line="152"/>
        <source>There is no such resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/residents/residentservice.cpp" line="138"/>
        <source>Another resident has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Role</name>
    <message>
        <location filename="../../core/auth/role.cpp" line="45"/>
        <source>Counter clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="47"/>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="49"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="51"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/role.cpp" line="53"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Satisfaction</name>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="83"/>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="85"/>
        <source>Mostly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cases/casetypes.cpp" line="87"/>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Storage</name>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="18"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="25"/>
        <source>The ledger file cannot be written (read-only or no permission): nothing was saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="33"/>
        <source>The ledger is busy in another program: nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="39"/>
        <source>The ledger file is damaged or is not a ledger (%1). Restore it from a backup or from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="46"/>
        <source>The disk reported an error: nothing was saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="51"/>
        <source>The ledger refused a change that breaks its rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ledger/sqlerror.cpp" line="57"/>
        <source>Ledger error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tz::Users</name>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="35"/>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="37"/>
        <source>A password may have at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="44"/>
        <source>Only an administrator may create users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="48"/>
        <source>A login name has 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="54"/>
        <source>The display name needs 1 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="56"/>
        <source>The login name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="58"/>
        <source>Every user except a ledger administrator belongs to an org unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="62"/>
        <source>There is no unit with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="64"/>
        <source>Unit %1 is outside your part of the org tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="70"/>
        <source>The department does not belong to the user&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="93"/>
        <source>Only an administrator may change another user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="95"/>
        <location filename="../../core/auth/userservice.cpp" line="110"/>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="108"/>
        <source>Only an administrator may deactivate users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="124"/>
        <location filename="../../core/auth/userservice.cpp" line="132"/>
        <source>Wrong login name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/auth/userservice.cpp" line="130"/>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workspace/workspace.cpp" line="87"/>
        <source>Ledger administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
