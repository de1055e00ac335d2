// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/sync/syncstatus.h"

#include "core/sync/syncservice.h"
#include "ui/sync/enrolldialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>

#include <cstdlib>

namespace tz {
namespace {

QString clock(qint64 ms)
{
    // China time, as every time the desk shows.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm"));
}

} // namespace

SyncStatus::SyncStatus(SyncService &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("syncText"));
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("syncButton"));
    m_button->setAutoRaise(true);
    layout->addWidget(m_text);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncStatus::act);
    connect(&m_sync, &SyncService::stateChanged, this, &SyncStatus::refresh);
    refresh();
}

void SyncStatus::act()
{
    if (m_sync.state() == SyncService::State::NotEnrolled) {
        EnrollDialog dialog(m_sync, window());
        dialog.exec();
        return;
    }
    m_sync.syncNow();
}

void SyncStatus::setIndexing(qint64 remaining)
{
    if (remaining == m_indexing)
        return;
    m_indexing = remaining;
    refresh();
}

void SyncStatus::refresh()
{
    const qint64 waiting = m_sync.client().waitingEvents();
    const QString queued = waiting > 0 ? tr(" · %n to send", nullptr, static_cast<int>(waiting)) : QString();
    QString tip;
    switch (m_sync.state()) {
    case SyncService::State::NotEnrolled:
        m_text->setText(tr("Offline (no sync server)"));
        m_button->setText(tr("Connect…"));
        tip = tr("Everything is kept on this computer. Connect to the county's server to share it.");
        break;
    case SyncService::State::Syncing:
        if (m_sync.snapshotTotal() > 0) {
            //: A new computer downloads its unit's ledger from the server: MB so far, MB in all
            m_text->setText(tr("Syncing… starting copy %1 of %2 MB")
                                .arg(m_sync.snapshotReceived() / (1024 * 1024))
                                .arg((m_sync.snapshotTotal() + 1024 * 1024 - 1) / (1024 * 1024)));
        } else {
            m_text->setText(tr("Syncing… %n received", nullptr, m_sync.lastReport().pulled));
        }
        m_button->setText(tr("Sync now"));
        break;
    case SyncService::State::Idle: {
        const std::optional<qint64> last = m_sync.client().lastSyncMs();
        m_text->setText((last ? tr("Synced %1").arg(clock(*last)) : tr("Not synced yet")) + queued);
        m_button->setText(tr("Sync now"));
        tip = m_sync.client().server().toDisplayString();
        break;
    }
    case SyncService::State::Failed:
        m_text->setText(tr("Not synced, retry at %1").arg(clock(m_sync.nextAttemptMs())) + queued);
        m_button->setText(tr("Sync now"));
        tip = m_sync.message();
        break;
    }
    if (m_indexing > 0) {
        //: After a large sync: received cases are being added to the search index.
        m_text->setText(m_text->text()
            + tr(" · indexing for search: %n case(s) left", nullptr, static_cast<int>(m_indexing)));
        tip += QLatin1Char('\n')
            + tr("Search already finds these cases; it is faster once they are indexed.");
    }
    if (!m_sync.filesMessage().isEmpty()) {
        //: %1 says why photos or scans could not be sent or fetched; the next sync tries again.
        tip += QLatin1Char('\n') + tr("Attachments wait: %1").arg(m_sync.filesMessage());
    }
    if (const qint64 missing = m_sync.client().lastChecksumMissing(); missing < 0) {
        //: The server lists fewer records for this unit than this computer holds.
        m_text->setText(m_text->text() + tr(" · server behind this computer"));
        tip += QLatin1Char('\n')
            + tr("This computer holds %n record(s) the server no longer lists for your unit (was the server "
                 "restored from an older backup?). Nothing here is lost: tell the administrator.",
                nullptr, static_cast<int>(-missing));
    }
    if (const QList<SetAsideEvent> aside = m_sync.client().setAside(); !aside.isEmpty()) {
        //: Records the server would not take: kept on this computer, never sent again.
        m_text->setText(
            m_text->text() + tr(" · %n record(s) refused", nullptr, static_cast<int>(aside.size())));
        tip += QLatin1Char('\n')
            + tr("The server refused %n record(s) made on this computer; they stay here and the rest is "
                 "shared as usual. Tell the administrator:",
                nullptr, static_cast<int>(aside.size()));
        constexpr int kListed = 5;
        for (int i = 0; i < std::min<int>(kListed, aside.size()); ++i)
            tip += QLatin1Char('\n')
                + QStringLiteral("· %1 %2: %3")
                      .arg(aside.at(i).eventType, aside.at(i).aggregateId.left(8), aside.at(i).reasonText());
    }
    const qint64 skew = m_sync.client().clockSkewMs();
    if (m_sync.state() != SyncService::State::NotEnrolled && std::abs(skew) > SyncClient::kClockWarningMs) {
        // Times recorded here would read wrong elsewhere: say so plainly.
        const int minutes = static_cast<int>(std::abs(skew) / 60000);
        const QString off
            = minutes >= 120 ? tr("%n hour(s)", nullptr, minutes / 60) : tr("%n minute(s)", nullptr, minutes);
        m_text->setText(m_text->text()
            + (skew > 0 ? tr(" · this computer's clock is %1 ahead").arg(off)
                        : tr(" · this computer's clock is %1 behind").arg(off)));
        m_text->setStyleSheet(QStringLiteral("color: #b00020;"));
        tip = tr("Set this computer's date and time: the server's clock differs by %1.").arg(off);
    } else {
        m_text->setStyleSheet(QString());
    }
    m_button->setEnabled(m_sync.state() != SyncService::State::Syncing);
    m_text->setToolTip(tip);
    m_button->setToolTip(tip);
}

} // namespace tz
