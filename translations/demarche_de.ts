<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClaimsExport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsImport</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor named “%1” in the project (use --create-missing to create it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic named “%1” in the project (use --create-missing to create it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the document text at %1–%2, which reads “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every claim needs an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every claim needs a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribution &apos;%1&apos;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is empty; expected a header row and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column &apos;%2&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--stance: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attribution: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position: %1 is outside -100 … 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--salience: %1 is outside 1 … 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim add: give either --quote or both --start and --end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence: counts from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote: “%1” is not in document %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote: “%1” does not occur %3 times in document %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim add: --start and --end go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim add: --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --csv OUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--doc: &apos;%1&apos; is not a document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims imported, %2 already present; %3 actors and %4 topics created
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks a claim; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the claim, as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of the quote (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start offset in code points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End offset in code points (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom it addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-100 … 100 on the topic&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 5 (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports claims to CSV (RFC 4180, UTF-8); the file is replaced only when complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not prefix cells starting with = + - @ with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this actor&apos;s claims (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims on this topic (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims in this document (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads claims back from a CSV in the export format; all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create actors and topics the project does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demarche %1: mark what actors say in articles, compare their positions, export them to CSV.

Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  demarche-cli --help | --version

&quot;demarche-cli COMMAND --help&quot; describes a command&apos;s options.
Offsets (--start, --end, and the start/end columns) count Unicode code points.
Names of actors and topics are matched without regard to case.

Exit codes: 0 success, 1 usage error, 2 bad input or data, 3 project cannot be opened.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sub-command in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing arguments; usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”; usage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color: &apos;%1&apos; is not a colour like #1f77b4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor named “%1” in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic named “%1” in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent it rolls up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an actor; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another name for it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state, organisation, person or faction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a topic; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word that cues it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither actor has claims on these topics.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: give exactly two --actor options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares two actors&apos; positions topic by topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two actors (give it twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this topic (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the actors&apos; own claims, not those of their members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the comparison to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the CSV with a byte order mark, for Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: &apos;%1&apos; is not one of documents, actors, topics, claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of table, csv, json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &apos;%1&apos; is not a date like 2024-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title: give one file when naming its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a project file with the default topics (Ukraine, Syria, Iran).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports .txt, .md and .html articles; prints &quot;id&lt;TAB&gt;title&quot; for each new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import text that is already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a document&apos;s canonical text, byte for byte, to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what the project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>there is no actor with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared with itself; choose two different actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no topic with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the comparison to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file contains NUL bytes; it is binary data or UTF-16 text, not UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field (the quote opens on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of field %1 (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (line %1, byte %2 of the file); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the CSV data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultTopics</name>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>offsets %1–%2 are not a span of the text, which has %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets %1–%2 split a character in two</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is empty, not a Demarche project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a Demarche project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite driver for Qt is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is damaged or not a Demarche project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is an SQLite database but not a Demarche project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Demarche (project format %2; this version reads up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim has no actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim has no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target actor must differ from the actor who holds the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 is outside %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salience %1 is outside %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim&apos;s actor, target or topic is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim with id %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the colour is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be its own parent, directly or through others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parent actor does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor with id %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor holds %1 claims; reassign or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parent topic does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic with id %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims are tagged with the topic; retag or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document with id %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same text is already in the project as document %1 (“%2”); use --allow-duplicate to import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topic has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextImport</name>
    <message>
        <source>%1: is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contains no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8; decoded as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported file type (no extension); expected .txt, .md, .html or .htm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported file type &apos;%2&apos;; expected .txt, .md, .html or .htm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is %2 MB; the limit is %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is larger than the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal / red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst&apos;s inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
