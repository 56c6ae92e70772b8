#include "support/qdpxschema.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace qdpxtest::schema {
namespace {

Particle one(const QString &name, const QString &type, int min, int max)
{
    return {{name}, {type}, min, max};
}

bool isDateTime(const QString &value)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$)"));
    return form.match(value).hasMatch()
           && QDateTime::fromString(value.left(19), Qt::ISODate).isValid();
}

bool isInteger(const QString &value)
{
    static const QRegularExpression form(QStringLiteral(R"(^[+-]?\d+$)"));
    return form.match(value).hasMatch();
}

} // namespace

const QHash<QString, TypeRule> &rules()
{
    static const QHash<QString, TypeRule> table = [] {
        const QString text; // a simple type: text, no children
        const QStringList userTimes{
            QStringLiteral("creatingUser"), QStringLiteral("creationDateTime"),
            QStringLiteral("modifyingUser"), QStringLiteral("modifiedDateTime")};
        QHash<QString, TypeRule> t;
        t[QStringLiteral("Project")] = {
            {one(QStringLiteral("Users"), QStringLiteral("Users"), 0, 1),
             one(QStringLiteral("CodeBook"), QStringLiteral("CodeBook"), 0, 1),
             one(QStringLiteral("Variables"), QStringLiteral("Variables"), 0, 1),
             one(QStringLiteral("Cases"), QStringLiteral("Cases"), 0, 1),
             one(QStringLiteral("Sources"), QStringLiteral("Sources"), 0, 1),
             one(QStringLiteral("Notes"), QStringLiteral("Notes"), 0, 1),
             one(QStringLiteral("Links"), QStringLiteral("Links"), 0, 1),
             one(QStringLiteral("Sets"), QStringLiteral("Sets"), 0, 1),
             one(QStringLiteral("Graphs"), QStringLiteral("Graphs"), 0, 1),
             one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("name")},
            {QStringLiteral("origin"), QStringLiteral("creatingUserGUID"),
             QStringLiteral("creationDateTime"), QStringLiteral("modifyingUserGUID"),
             QStringLiteral("modifiedDateTime"), QStringLiteral("basePath")}};
        t[QStringLiteral("Users")] = {
            {one(QStringLiteral("User"), QStringLiteral("User"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("User")] = {
            {}, {QStringLiteral("guid")}, {QStringLiteral("name"), QStringLiteral("id")}};
        t[QStringLiteral("CodeBook")] = {
            {one(QStringLiteral("Codes"), QStringLiteral("Codes"), 1, 1)}, {}, {}};
        t[QStringLiteral("Codes")] = {
            {one(QStringLiteral("Code"), QStringLiteral("Code"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Code")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("Code"), QStringLiteral("Code"), 0, Unbounded)},
            {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("isCodable")},
            {QStringLiteral("color")}};
        t[QStringLiteral("Variables")] = {
            {one(QStringLiteral("Variable"), QStringLiteral("Variable"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Variable")] = {
            {one(QStringLiteral("Description"), text, 0, 1)},
            {QStringLiteral("guid"), QStringLiteral("name"), QStringLiteral("typeOfVariable")},
            {}};
        t[QStringLiteral("Cases")] = {
            {one(QStringLiteral("Case"), QStringLiteral("Case"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Case")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("CodeRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("VariableValue"), QStringLiteral("VariableValue"), 0, Unbounded),
             one(QStringLiteral("SourceRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("SelectionRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid")},
            {QStringLiteral("name")}};
        t[QStringLiteral("Sources")] = {
            {{{QStringLiteral("TextSource"), QStringLiteral("PictureSource"),
               QStringLiteral("PDFSource"), QStringLiteral("AudioSource"),
               QStringLiteral("VideoSource")},
              {QStringLiteral("TextSource"), QStringLiteral("Opaque"), QStringLiteral("Opaque"),
               QStringLiteral("Opaque"), QStringLiteral("Opaque")},
              1,
              Unbounded}},
            {},
            {}};
        t[QStringLiteral("TextSource")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("PlainTextContent"), text, 0, 1),
             one(QStringLiteral("PlainTextSelection"), QStringLiteral("PlainTextSelection"), 0,
                 Unbounded),
             one(QStringLiteral("Coding"), QStringLiteral("Coding"), 0, Unbounded),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("VariableValue"), QStringLiteral("VariableValue"), 0, Unbounded)},
            {QStringLiteral("guid")},
            QStringList{QStringLiteral("name"), QStringLiteral("richTextPath"),
                        QStringLiteral("plainTextPath")}
                + userTimes};
        t[QStringLiteral("PlainTextSelection")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("Coding"), QStringLiteral("Coding"), 0, Unbounded),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid"), QStringLiteral("startPosition"),
             QStringLiteral("endPosition")},
            QStringList{QStringLiteral("name")} + userTimes};
        t[QStringLiteral("Coding")] = {
            {one(QStringLiteral("CodeRef"), QStringLiteral("Ref"), 1, 1),
             one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid")},
            {QStringLiteral("creatingUser"), QStringLiteral("creationDateTime")}};
        t[QStringLiteral("Ref")] = {{}, {QStringLiteral("targetGUID")}, {}};
        t[QStringLiteral("VariableValue")] = {
            {one(QStringLiteral("VariableRef"), QStringLiteral("Ref"), 1, 1),
             {{QStringLiteral("TextValue"), QStringLiteral("BooleanValue"),
               QStringLiteral("IntegerValue"), QStringLiteral("FloatValue"),
               QStringLiteral("DateValue"), QStringLiteral("DateTimeValue")},
              {text, text, text, text, text, text},
              0,
              1}},
            {},
            {}};
        t[QStringLiteral("Notes")] = {
            {one(QStringLiteral("Note"), QStringLiteral("TextSource"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Links")] = {
            {one(QStringLiteral("Link"), QStringLiteral("Link"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Link")] = {
            {one(QStringLiteral("NoteRef"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid")},
            {QStringLiteral("name"), QStringLiteral("direction"), QStringLiteral("color"),
             QStringLiteral("originGUID"), QStringLiteral("targetGUID")}};
        t[QStringLiteral("Sets")] = {
            {one(QStringLiteral("Set"), QStringLiteral("Set"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Set")] = {
            {one(QStringLiteral("Description"), text, 0, 1),
             one(QStringLiteral("MemberCode"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("MemberSource"), QStringLiteral("Ref"), 0, Unbounded),
             one(QStringLiteral("MemberNote"), QStringLiteral("Ref"), 0, Unbounded)},
            {QStringLiteral("guid"), QStringLiteral("name")},
            {}};
        t[QStringLiteral("Graphs")] = {
            {one(QStringLiteral("Graph"), QStringLiteral("Opaque"), 1, Unbounded)}, {}, {}};
        t[QStringLiteral("Opaque")] = {{}, {QStringLiteral("guid")}, {}, true};
        return t;
    }();
    return table;
}

// The schema's GUIDType, written from its text: 8-4-4-4-12 hex digits, braces allowed.
bool isSchemaGuid(const QString &value)
{
    static const QRegularExpression guid(QStringLiteral(
        "^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    const bool braced = value.startsWith(QLatin1Char('{'));
    return guid.match(value).hasMatch() && braced == value.endsWith(QLatin1Char('}'));
}

QString normalGuid(const QString &value)
{
    QString guid = value.toLower();
    if (guid.startsWith(QLatin1Char('{')))
        guid = guid.mid(1, guid.size() - 2);
    return guid;
}

// The form the schema gives each attribute's value; empty when it holds.
QString valueProblem(const QString &key, const QString &value)
{
    static const QSet<QString> guids{QStringLiteral("guid"),
                                     QStringLiteral("creatingUser"),
                                     QStringLiteral("modifyingUser"),
                                     QStringLiteral("targetGUID"),
                                     QStringLiteral("creatingUserGUID"),
                                     QStringLiteral("modifyingUserGUID"),
                                     QStringLiteral("originGUID")};
    if (guids.contains(key))
        return isSchemaGuid(value) ? QString() : QStringLiteral("not a GUID");
    if (key == QLatin1String("startPosition") || key == QLatin1String("endPosition"))
        return isInteger(value) ? QString() : QStringLiteral("not an integer");
    if (key == QLatin1String("isCodable"))
        return QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                           QStringLiteral("0")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a boolean");
    if (key == QLatin1String("creationDateTime") || key == QLatin1String("modifiedDateTime"))
        return isDateTime(value) ? QString() : QStringLiteral("not an xsd:dateTime");
    if (key == QLatin1String("color")) {
        static const QRegularExpression rgb(QStringLiteral("^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$"));
        return rgb.match(value).hasMatch() ? QString() : QStringLiteral("not an RGB colour");
    }
    if (key == QLatin1String("typeOfVariable"))
        return QStringList{QStringLiteral("Text"),    QStringLiteral("Boolean"),
                           QStringLiteral("Integer"), QStringLiteral("Float"),
                           QStringLiteral("Date"),    QStringLiteral("DateTime")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a type of variable");
    if (key == QLatin1String("direction"))
        return QStringList{QStringLiteral("Associative"), QStringLiteral("OneWay"),
                           QStringLiteral("Bidirectional")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a direction");
    return {};
}

QString simpleValueProblem(const QString &name, const QString &value)
{
    if (name == QLatin1String("DateValue"))
        return QDate::fromString(value, Qt::ISODate).isValid() ? QString()
                                                               : QStringLiteral("not an xsd:date");
    if (name == QLatin1String("DateTimeValue"))
        return isDateTime(value) ? QString() : QStringLiteral("not an xsd:dateTime");
    if (name == QLatin1String("IntegerValue"))
        return isInteger(value) ? QString() : QStringLiteral("not an integer");
    if (name == QLatin1String("BooleanValue"))
        return QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                           QStringLiteral("0")}
                       .contains(value)
                   ? QString()
                   : QStringLiteral("not a boolean");
    return {};
}

} // namespace qdpxtest::schema
