#pragma once

#include "core/domain/ids.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace demarche {

class ClaimFilterProxy;
class Project;

// The filter controls above the claims table: search text, actor, topic and stance
// combos and "This document only". Drives a ClaimFilterProxy and follows it back, so
// that a filter set or cleared elsewhere shows here too.
class ClaimFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimFilterBar)

public:
    ClaimFilterBar(const Project &project, ClaimFilterProxy &proxy, QWidget *parent = nullptr);

    // The document open in the article view; "This document only" filters by it.
    void setCurrentDocument(DocumentId id);
    DocumentId currentDocument() const { return m_currentDocument; }

    // "actor Russia, topic Ukraine"; empty when nothing is filtered.
    QString filterDescription() const;

    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillActors();
    void fillTopics();
    void fillStances();
    void applyCombos();
    void applyDocument();
    void syncFromProxy();

    const Project &m_project;
    ClaimFilterProxy &m_proxy;
    QLineEdit *m_search;
    QComboBox *m_actor;
    QComboBox *m_topic;
    QComboBox *m_stance;
    QCheckBox *m_thisDocument;
    DocumentId m_currentDocument;
    bool m_updating = false; // while the widgets are set from code
};

} // namespace demarche
