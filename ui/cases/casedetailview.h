// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/cases/caserecord.h"

#include <QTextBrowser>

#include <optional>

namespace tz {

class Workspace;

// One case as a reader sees it: its title and number, what the citizen said, decisions in
// conflict waiting for a supervisor, its fields (the citizen masked, with links that reveal the
// full ID number or phone on a recorded request), the 举一反三 cases it is linked to, and its
// timeline. Its attachments are the AttachmentPane's. Files dropped on a case are handed on
// (filesDropped); a link to another case asks to show it (caseLinkClicked).
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    CaseDetailView(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // Shows the case as the ledger holds it now, or nothing.
    void showCase(const std::optional<CaseRecord> &record);
    // A grey line in place of a case (why none is shown).
    void showNote(const QString &text);
    [[nodiscard]] QString shownNumber() const { return m_number; }

signals:
    void caseLinkClicked(const QString &number);
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QString html(const CaseRecord &record);
    void follow(const QUrl &url);

    Workspace &m_workspace;
    Actor m_actor;
    QString m_number; // the case shown
    QString m_residentId; // its citizen, when the ledger knows them
};

} // namespace tz
