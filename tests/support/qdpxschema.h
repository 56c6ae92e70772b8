#pragma once
// The rules of REFI-QDA's Project.xsd (1.5, urn:QDA-XML:project:1.0) that the checker
// applies, written out from the schema's text: for each complex type, its sequence of
// children with their counts, its required and optional attributes; and the value forms
// of the simple types (GUIDType, RGBType, xsd:dateTime, ...).

#include <QHash>
#include <QString>
#include <QStringList>

namespace qdpxtest::schema {

constexpr int Unbounded = -1;

// One place in a type's sequence: one of `names` (alternatives, as an xsd:choice), each
// element of the type named in `types` at the same index ("" for text only).
struct Particle
{
    QStringList names;
    QStringList types;
    int min = 0;
    int max = 1;
};

struct TypeRule
{
    QList<Particle> sequence;
    QStringList required;
    QStringList optional;
    bool opaque = false; // content not checked
};

// The complex types by name ("Opaque" for elements checked for their guid only).
const QHash<QString, TypeRule> &rules();

// GUIDType: 8-4-4-4-12 hex digits, bare or in braces.
bool isSchemaGuid(const QString &value);
// A GUID as compared: lower case, without braces.
QString normalGuid(const QString &value);
// What is wrong with an attribute's value for the schema, or an empty string.
QString valueProblem(const QString &key, const QString &value);
// What is wrong with the text of a simple-typed element (DateValue, ...), or "".
QString simpleValueProblem(const QString &name, const QString &value);

} // namespace qdpxtest::schema
