<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="56"/>
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>Late by %n day</numerusform>
            <numerusform>Late by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_model.py" line="59"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyTimesImportDialog</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="467"/>
        <source>%1: %Ln busy time(s) imported from %2 for %3 to %4.</source>
        <translation>
            <numerusform>%1: %Ln busy time imported from %2 for %3 to %4.</numerusform>
            <numerusform>%1: %Ln busy times imported from %2 for %3 to %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="478"/>
        <source>Replaced: %Ln busy time(s) from the earlier import of this file.</source>
        <translation>
            <numerusform>Replaced: %Ln busy time from the earlier import of this file.</numerusform>
            <numerusform>Replaced: %Ln busy times from the earlier import of this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/calendar_exchange.py" line="492"/>
        <source>Taken as Vietnam time: %Ln time(s) without a time zone.</source>
        <translation>
            <numerusform>Taken as Vietnam time: %Ln time without a time zone.</numerusform>
            <numerusform>Taken as Vietnam time: %Ln times without a time zone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarLinksDialog</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="434"/>
        <source>%1: %Ln busy time(s) read.</source>
        <translation>
            <numerusform>%1: %Ln busy time read.</numerusform>
            <numerusform>%1: %Ln busy time read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/case_table_model.py" line="264"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="381"/>
        <source>More than %Ln case(s) found</source>
        <translation>
            <numerusform>More than %Ln case found</numerusform>
            <numerusform>More than %Ln cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="383"/>
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>%Ln case found</numerusform>
            <numerusform>%Ln cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="388"/>
        <source>More than %Ln case(s); narrow the search to see how many.</source>
        <translation>
            <numerusform>More than %Ln case; narrow the search to see how many.</numerusform>
            <numerusform>More than %Ln cases; narrow the search to see how many.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="392"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="594"/>
        <source>Deadline extended by %n day(s)</source>
        <translation>
            <numerusform>Deadline extended by %n day</numerusform>
            <numerusform>Deadline extended by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/cases/cases_page.py" line="803"/>
        <source>%Ln case(s) exported to %1</source>
        <translation>
            <numerusform>%Ln case exported to %1</numerusform>
            <numerusform>%Ln cases exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="79"/>
        <source>Behind by %Ln day(s)</source>
        <translation>
            <numerusform>Behind by %Ln day</numerusform>
            <numerusform>Behind by %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="329"/>
        <source>%1 (%Ln seat(s))</source>
        <translation>
            <numerusform>%1 (%Ln seat)</numerusform>
            <numerusform>%1 (%Ln seats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="605"/>
        <source>Agenda: %1 min, %Ln min longer than the conference</source>
        <translation>
            <numerusform>Agenda: %1 min, %Ln min longer than the conference</numerusform>
            <numerusform>Agenda: %1 min, %Ln min longer than the conference</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="636"/>
        <source>The agenda runs %Ln minute(s) longer than the conference.</source>
        <translation>
            <numerusform>The agenda runs %Ln minute longer than the conference.</numerusform>
            <numerusform>The agenda runs %Ln minutes longer than the conference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="840"/>
        <source>Status: %1 — %2 · %Ln issue(s) registered as cases</source>
        <translation>
            <numerusform>Status: %1 — %2 · %Ln issue registered as cases</numerusform>
            <numerusform>Status: %1 — %2 · %Ln issues registered as cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conference_dialog.py" line="844"/>
        <source>Status: %1 · %Ln issue(s) registered as cases</source>
        <translation>
            <numerusform>Status: %1 · %Ln issue registered as cases</numerusform>
            <numerusform>Status: %1 · %Ln issues registered as cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="180"/>
        <source>%Ln conference(s)</source>
        <translation>
            <numerusform>%Ln conference</numerusform>
            <numerusform>%Ln conferences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/conferences_page.py" line="195"/>
        <source>Not yet closed (%Ln)</source>
        <translation>
            <numerusform>Not yet closed (%Ln)</numerusform>
            <numerusform>Not yet closed (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/documents/documents_page.py" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/common/durations.py" line="24"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/common/durations.py" line="26"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/common/durations.py" line="27"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutiesView</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/duties_view.py" line="214"/>
        <source>%Ln leader(s) behind their quota in this period.</source>
        <translation>
            <numerusform>%Ln leader behind their quota in this period.</numerusform>
            <numerusform>%Ln leaders behind their quota in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingDialog</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/holding_dialog.py" line="96"/>
        <source>%Ln issue(s) of this conference already registered as cases.</source>
        <translation>
            <numerusform>%Ln issue of this conference already registered as cases.</numerusform>
            <numerusform>%Ln issues of this conference already registered as cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="278"/>
        <source>Sent to %Ln address(es) through %1.</source>
        <translation>
            <numerusform>Sent to %Ln address through %1.</numerusform>
            <numerusform>Sent to %Ln address through %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="288"/>
        <source>Saved as an e-mail message: %1. Open it in Outlook (or Thunderbird) and send it; it is addressed to %Ln invitee(s).</source>
        <translation>
            <numerusform>Saved as an e-mail message: %1. Open it in Outlook (or Thunderbird) and send it; it is addressed to %Ln invitee.</numerusform>
            <numerusform>Saved as an e-mail message: %1. Open it in Outlook (or Thunderbird) and send it; it is addressed to %Ln invitee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/invitation_dialog.py" line="294"/>
        <source>Saved as a calendar file: %1. Attach it to an e-mail to the %Ln invitee(s).</source>
        <translation>
            <numerusform>Saved as a calendar file: %1. Attach it to an e-mail to the %Ln invitee.</numerusform>
            <numerusform>Saved as a calendar file: %1. Attach it to an e-mail to the %Ln invitee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodBoardView</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="247"/>
        <source>%n held conference(s)</source>
        <translation>
            <numerusform>%n held conference</numerusform>
            <numerusform>%n held conferences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionRegisterDialog</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/documents/register_dialog.py" line="153"/>
        <source>%n citizen visit(s) written to %1.</source>
        <translation>
            <numerusform>%n citizen visit written to %1.</numerusform>
            <numerusform>%n citizen visits written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="404"/>
        <source>%Ln session(s) held.</source>
        <translation>
            <numerusform>%Ln session held.</numerusform>
            <numerusform>%Ln sessions held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="406"/>
        <source>%Ln session(s) held. Previous period: %1 (%2)</source>
        <translation>
            <numerusform>%Ln session held. Previous period: %1 (%2)</numerusform>
            <numerusform>%Ln sessions held. Previous period: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/reports/reports_page.py" line="454"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesView</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="569"/>
        <source>Schedule saved; %Ln reception day(s) planned.</source>
        <translation>
            <numerusform>Schedule saved; %Ln reception day planned.</numerusform>
            <numerusform>Schedule saved; %Ln reception days planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="603"/>
        <source>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet marked; the days already marked stay.</source>
        <translation>
            <numerusform>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day not yet marked; the days already marked stay.</numerusform>
            <numerusform>The schedule of %1 is stopped from %2. Cancelled: %Ln reception days not yet marked; the days already marked stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="610"/>
        <source>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet marked; the days already marked stay. Left as they were, because their session was already postponed, cancelled or recorded: %3.</source>
        <translation>
            <numerusform>The schedule of %1 is stopped from %2. Cancelled: %Ln reception day not yet marked; the days already marked stay. Left as they were, because their session was already postponed, cancelled or recorded: %3.</numerusform>
            <numerusform>The schedule of %1 is stopped from %2. Cancelled: %Ln reception days not yet marked; the days already marked stay. Left as they were, because their session was already postponed, cancelled or recorded: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/conferences/reception_schedules_view.py" line="628"/>
        <source>The schedule of %1 applies again; %Ln reception day(s) planned until %2.</source>
        <translation>
            <numerusform>The schedule of %1 applies again; %Ln reception day planned until %2.</numerusform>
            <numerusform>The schedule of %1 applies again; %Ln reception days planned until %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/calendar_exchange/links_dialog.py" line="103"/>
        <source>%Ln busy time(s), read %1</source>
        <translation>
            <numerusform>%Ln busy time, read %1</numerusform>
            <numerusform>%Ln busy time, read %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BoardPanel</name>
    <message numerus="yes">
        <location filename="../../dialogue_app/ui/followup/board_view.py" line="87"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
</TS>
