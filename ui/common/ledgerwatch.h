// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QDate>
#include <QObject>

#include <functional>

class QWidget;

namespace tz {

class Workspace;

// Keeps what a page shows in step with the ledger: when the ledger changed (a write here or a
// sync, see LedgerChanges) `refresh` runs at once if the page is on screen, else when it is
// shown next. A page shown on a later day than it last read refreshes too: what is overdue has
// moved. Owned by the page.
class LedgerWatch : public QObject
{
    Q_OBJECT
public:
    LedgerWatch(Workspace &workspace, QWidget *page, std::function<void()> refresh);
    // The page read the ledger itself (a filter changed): nothing to catch up on now.
    void markFresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void run();
    [[nodiscard]] QDate today() const;

    Workspace &m_workspace;
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
    QDate m_day;
};

} // namespace tz
