#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QStringList>
#include <QVariantList>

namespace demarche {
class ProjectStore;
}

namespace demarche::cli {

enum class ListingKind { Documents, Actors, Topics, Claims };
enum class ListingFormat { Table, Csv, Json };

// Rows of plain values: QString, qint64, QStringList (a list cell) or null (no value).
struct Listing
{
    QStringList columns;
    QList<QVariantList> rows;
};

Result<ListingKind> listingKind(const QString &text);
Result<ListingFormat> listingFormat(const QString &text); // empty means table
// --format FORMAT, for the commands that print a Listing.
QCommandLineOption listingFormatOption();

Result<Listing> buildListing(const ProjectStore &store, ListingKind kind);
QByteArray renderListing(const Listing &listing, ListingFormat format);

} // namespace demarche::cli
