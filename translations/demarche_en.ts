<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActorTopicMatrixModel</name>
    <message numerus="yes">
        <source>%1 on %2: %n claim(s) — %3</source>
        <translation>
            <numerusform>%1 on %2: %n claim — %3</numerusform>
            <numerusform>%1 on %2: %n claims — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean position %1 (%n with a position)</source>
        <translation>
            <numerusform>mean position %1 (%n with a position)</numerusform>
            <numerusform>mean position %1 (%n with a position)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them by members</source>
        <translation>
            <numerusform>%n of them by a member</numerusform>
            <numerusform>%n of them by members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n claim(s) imported</source>
        <translation>
            <numerusform>%n claim imported</numerusform>
            <numerusform>%n claims imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-topic(s)</source>
        <translation>
            <numerusform>%n sub-topic</numerusform>
            <numerusform>%n sub-topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) created</source>
        <translation>
            <numerusform>%n actor created</numerusform>
            <numerusform>%n actors created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) created</source>
        <translation>
            <numerusform>%n topic created</numerusform>
            <numerusform>%n topics created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document added</numerusform>
            <numerusform>%n documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n new topic</numerusform>
            <numerusform>%n new topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>%n claim added</numerusform>
            <numerusform>%n claims added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loss report: %n item(s)</source>
        <translation>
            <numerusform>Loss report: %n item</numerusform>
            <numerusform>Loss report: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Delete claim</numerusform>
            <numerusform>Delete %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s); reassign them first</source>
        <translation>
            <numerusform>“%1” is used by %n claim; reassign it first</numerusform>
            <numerusform>“%1” is used by %n claims; reassign them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkTexts</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n topic(s): %1</source>
        <translation>
            <numerusform>Over %n topic: %1</numerusform>
            <numerusform>Over %n topics: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message numerus="yes">
        <source>the actor holds %n claim(s); reassign or delete them first</source>
        <translation>
            <numerusform>the actor holds %n claim; reassign or delete it first</numerusform>
            <numerusform>the actor holds %n claims; reassign or delete them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) tagged with the topic; retag or delete them first</source>
        <translation>
            <numerusform>%n claim is tagged with the topic; retag or delete it first</numerusform>
            <numerusform>%n claims are tagged with the topic; retag or delete them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxImport</name>
    <message numerus="yes">
        <source>%n selection(s) on the pages rather than the text; not imported</source>
        <translation>
            <numerusform>%n selection on the pages rather than the text; not imported</numerusform>
            <numerusform>%n selections on the pages rather than the text; not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>coded with several actors or topics: one claim for each of its %n actor–topic pair(s)</source>
        <translation>
            <numerusform>coded with several actors or topics: one claim for each of its %n actor–topic pair</numerusform>
            <numerusform>coded with several actors or topics: one claim for each of its %n actor–topic pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the code is neither an actor nor a topic; %n coding(s) with it were left out</source>
        <translation>
            <numerusform>the code is neither an actor nor a topic; %n coding with it was left out</numerusform>
            <numerusform>the code is neither an actor nor a topic; %n codings with it were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s) coded with a topic and no actor became claims of this actor</source>
        <translation>
            <numerusform>%n selection coded with a topic and no actor became a claim of this actor</numerusform>
            <numerusform>%n selections coded with a topic and no actor became claims of this actor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message numerus="yes">
        <source>%1: stopped after %n page(s); the rest is left out</source>
        <translation>
            <numerusform>%1: stopped after %n page; the rest is left out</numerusform>
            <numerusform>%1: stopped after %n pages; the rest is left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n running header(s) and footer(s) left out</source>
        <translation>
            <numerusform>%1: %n running header or footer left out</numerusform>
            <numerusform>%1: %n running headers and footers left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) hyphenated at a line end joined</source>
        <translation>
            <numerusform>%1: %n word hyphenated at a line end joined</numerusform>
            <numerusform>%1: %n words hyphenated at a line end joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ActorsUnderDialog</name>
    <message numerus="yes">
        <source>%n code(s) below “%1” become actors; the other codes become topics.</source>
        <translation>
            <numerusform>%n code below “%1” becomes an actor; the other codes become topics.</numerusform>
            <numerusform>%n codes below “%1” become actors; the other codes become topics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ClaimsPanel</name>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::CodebookPage</name>
    <message numerus="yes">
        <source>“%1” is used by %n claim(s).</source>
        <translation>
            <numerusform>“%1” is used by one claim.</numerusform>
            <numerusform>“%1” is used by %n claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ComparisonModel</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::DocumentDetailsDialog</name>
    <message numerus="yes">
        <source>The source and publication date of %n document(s): %1</source>
        <translation>
            <numerusform>The source and publication date of %n document: %1</numerusform>
            <numerusform>The source and publication date of %n documents: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the source and date of %n document(s)</source>
        <translation>
            <numerusform>Set the source and date of %n document</numerusform>
            <numerusform>Set the source and date of %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::DocumentImporter</name>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import %n document</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ExportClaimsDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 of %Ln claim</numerusform>
            <numerusform>%1 of %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportReviewDialog</name>
    <message numerus="yes">
        <source>Correct the details of %n document(s)</source>
        <translation>
            <numerusform>Correct the details of %n document</numerusform>
            <numerusform>Correct the details of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The title, date and source of %n new document(s), as read from the file(s). Correct any that are wrong; they can also be changed later in Document Properties.</source>
        <translation>
            <numerusform>The title, date and source of %n new document, as read from the file. Correct any that are wrong; they can also be changed later in Document Properties.</numerusform>
            <numerusform>The title, date and source of %n new documents, as read from the files. Correct any that are wrong; they can also be changed later in Document Properties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Imported %1 of %n document(s).</source>
        <translation>
            <numerusform>Imported %1 of %n document.</numerusform>
            <numerusform>Imported %1 of %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not read.</source>
        <translation>
            <numerusform>The import was cancelled; %n file was not read.</numerusform>
            <numerusform>The import was cancelled; %n files were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders were skipped: only %1 files are imported, and sub-folders are not searched.</source>
        <translation>
            <numerusform>%n file in the folders was skipped: only %1 files are imported, and sub-folders are not searched.</numerusform>
            <numerusform>%n files in the folders were skipped: only %1 files are imported, and sub-folders are not searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::LossReportDialog</name>
    <message numerus="yes">
        <source>%n thing(s) in the file could not be represented in the project; they are listed below.</source>
        <translation>
            <numerusform>%n thing in the file could not be represented in the project; it is listed below.</numerusform>
            <numerusform>%n things in the file could not be represented in the project; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n new topic</numerusform>
            <numerusform>%n new topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::MainWindow</name>
    <message numerus="yes">
        <source>%n claim(s) exported to %1</source>
        <translation>
            <numerusform>%n claim exported to %1</numerusform>
            <numerusform>%n claims exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n claim(s) from the project? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Remove “%1” and its %n claim from the project? Edit ▸ Undo brings them back.</numerusform>
            <numerusform>Remove “%1” and its %n claims from the project? Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::MergeDialog</name>
    <message numerus="yes">
        <source>All %n claim(s) of “%1” will move to “%2”; “%1” is then deleted.</source>
        <translation>
            <numerusform>The one claim of “%1” will move to “%2”; “%1” is then deleted.</numerusform>
            <numerusform>All %n claims of “%1” will move to “%2”; “%1” is then deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::NetworkView</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>demarche::TimelineView</name>
    <message numerus="yes">
        <source>Not plotted: %n claim(s) in articles without a publication date.</source>
        <translation>
            <numerusform>Not plotted: %n claim in articles without a publication date.</numerusform>
            <numerusform>Not plotted: %n claims in articles without a publication date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean position %2 from %n claim(s)</source>
        <translation>
            <numerusform>%1: mean position %2 from %n claim</numerusform>
            <numerusform>%1: mean position %2 from %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s), none with a position</source>
        <translation>
            <numerusform>%1: %n claim, none with a position</numerusform>
            <numerusform>%1: %n claims, none with a position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publication date(s)</source>
        <translation>
            <numerusform>%n publication date</numerusform>
            <numerusform>%n publication dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
</TS>
