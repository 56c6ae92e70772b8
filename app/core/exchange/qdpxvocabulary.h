#pragma once

#include "core/domain/claim.h"

#include <QString>

// The words of the REFI-QDA Project Exchange format (1.5) and of Demarche's use of it
// (docs/REFI-QDA.md), shared by the writer and the reader so that both spell them alike.
namespace demarche::qdpx {

inline constexpr char16_t Namespace[] = u"urn:QDA-XML:project:1.0";
inline constexpr char16_t ProjectEntry[] = u"project.qde";
inline constexpr char16_t SourcesFolder[] = u"sources/";
inline constexpr char16_t InternalScheme[] = u"internal://";

// The top-level codes of a project Demarche wrote.
inline constexpr char16_t ActorsCode[] = u"Actors";
inline constexpr char16_t TopicsCode[] = u"Topics";
inline constexpr char16_t StancesCode[] = u"Stances";

// The keys of the `Key: value` lines in a code's or a selection's Description.
namespace key {
inline constexpr char16_t Kind[] = u"Kind";
inline constexpr char16_t Alias[] = u"Alias";
inline constexpr char16_t Keyword[] = u"Keyword";
inline constexpr char16_t NegativePole[] = u"Negative pole";
inline constexpr char16_t PositivePole[] = u"Positive pole";
inline constexpr char16_t ScaleNote[] = u"Scale note"; // the rest of the text follows
inline constexpr char16_t Position[] = u"Position";
inline constexpr char16_t Salience[] = u"Salience";
inline constexpr char16_t Attribution[] = u"Attribution";
inline constexpr char16_t Target[] = u"Target";
inline constexpr char16_t Note[] = u"Note"; // the rest of the text follows
} // namespace key

// The variables valued on each text source.
namespace variable {
inline constexpr char16_t PublicationDate[] = u"Publication date"; // Date
inline constexpr char16_t Source[] = u"Source";
inline constexpr char16_t Url[] = u"URL";
inline constexpr char16_t Language[] = u"Language";
inline constexpr char16_t OriginalFile[] = u"Original file";
inline constexpr char16_t Format[] = u"Format";
inline constexpr char16_t Pages[] = u"Pages"; // "offset:page offset:page ..."
} // namespace variable

// The names the Stances codes carry: the stored keys with a capital ("Demand"); read back
// as vocabulary::stanceFromKey() reads any spelling of a stance.
QString stanceName(Stance stance);

// A new random GUID in that form, lower case.
QString newGuid();

} // namespace demarche::qdpx
