// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// The words shown here were the cases page's and keep its translation context (tz::CasesPage).
#include "ui/cases/attachmentpane.h"

#include "core/cases/attachmentstore.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/sync/filesync.h"
#include "core/sync/syncclient.h"
#include "core/workspace/workspace.h"
#include "ui/common/filedialogs.h"
#include "ui/common/longtask.h"
#include "ui/common/messages.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace tz {
namespace {

constexpr int kRefRole = Qt::UserRole;
constexpr int kRowsShown = 4; // more scroll

} // namespace

AttachmentPane::AttachmentPane(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(
        QStringLiteral("<b>%1</b>").arg(QCoreApplication::translate("tz::CasesPage", "Attachments")), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->viewport()->setCursor(Qt::PointingHandCursor);
    m_add = new QPushButton(QCoreApplication::translate("tz::CasesPage", "Add attachment…"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_add->setToolTip(QCoreApplication::translate(
        "tz::CasesPage", "Photos or scans of the citizen's papers; or drop files on the case."));
    m_message = messages::errorLabel(this, QStringLiteral("attachMessage"));
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_message, 1);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList files = filedialogs::openFiles(this, filedialogs::Kind::Attachments,
            QCoreApplication::translate("tz::CasesPage", "Attach files to the case"),
            QCoreApplication::translate(
                "tz::CasesPage", "Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"));
        if (!files.isEmpty())
            attachFiles(files);
    });
    // A click opens a file, as a link does; so does Enter on the one chosen with the arrows.
    connect(m_list, &QListWidget::itemClicked, this,
        [this](const QListWidgetItem *item) { open(item->data(kRefRole).toString()); });
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (const QListWidgetItem *item = m_list->currentItem())
                open(item->data(kRefRole).toString());
        });
    }
    showCase(std::nullopt);
}

void AttachmentPane::showCase(const std::optional<CaseRecord> &record)
{
    const QString number = record ? record->number : QString();
    if (number != m_number)
        m_message->hide();
    m_number = number;
    m_add->setEnabled(record.has_value());
    m_list->clear();
    const bool any = record && !record->attachments.isEmpty();
    m_heading->setVisible(any);
    m_list->setVisible(any);
    if (!any)
        return;
    const AttachmentStore files(m_workspace.ledger().path());
    for (const CaseAttachment &a : record->attachments) {
        const bool here = !files.pathOf(a.ref).isEmpty();
        auto *item = new QListWidgetItem(here
                ? a.name
                : QStringLiteral("%1 %2").arg(a.name,
                    QCoreApplication::translate("tz::CasesPage", "(on the server: fetched when opened)")),
            m_list);
        item->setData(kRefRole, a.ref);
        item->setForeground(here ? palette().color(QPalette::Link) : QColor(0x77, 0x77, 0x77));
    }
    const int rows = qMin(m_list->count(), kRowsShown);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
}

QString AttachmentPane::attachFiles(const QStringList &paths)
{
    if (m_number.isEmpty())
        return {};
    const QString number = m_number;
    AttachmentStore store(m_workspace.ledger().path());
    QStringList added;
    QString message;
    bool ok = true;
    for (const QString &path : paths) {
        Result<CaseAttachment> stored = store.add(path);
        Result<CaseRecord> recorded = stored ? m_workspace.cases().addAttachment(m_actor, number, *stored)
                                             : Result<CaseRecord>(stored.error());
        if (!recorded) {
            // What was attached before the failure stays attached; the message says what failed.
            message = recorded.error().message;
            ok = false;
            break;
        }
        added.append(stored->name);
    }
    if (ok)
        message = QCoreApplication::translate("tz::CasesPage", "Attached: %1")
                      .arg(added.join(QStringLiteral("、")));
    showCase(m_workspace.cases().byNumber(number));
    messages::show(m_message, message, ok);
    emit attached(number);
    return message;
}

void AttachmentPane::open(const QString &ref)
{
    QString path = AttachmentStore(m_workspace.ledger().path()).pathOf(ref);
    if (path.isEmpty()) {
        // Added on another computer: fetched from the server now, if this one syncs with one.
        SyncClient client(m_workspace.ledger());
        if (!client.isEnrolled()) {
            messages::show(m_message,
                QCoreApplication::translate("tz::CasesPage", "This computer does not hold that file."),
                false);
            return;
        }
        FileSync files(m_workspace.ledger().path(), client.server(), client.accessToken());
        Result<QString> fetched = Error {ErrorKind::Cancelled, QString(), QString()};
        runLongTask(this,
            QCoreApplication::translate("tz::CasesPage", "Fetching the attachment from the server…"),
            [&](const LongTaskProgress &progress) { fetched = files.fetch(ref, progress); });
        if (!fetched && fetched.error().kind == ErrorKind::Cancelled)
            return;
        if (!fetched) {
            messages::show(m_message, fetched.error().message, false); // in core's words
            return;
        }
        path = *fetched;
        showCase(m_workspace.cases().byNumber(m_number)); // no longer only on the server
    }
    // The file is kept under its hash: the desktop's opener goes by its contents. When no
    // program takes it, say so instead of doing nothing.
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        messages::show(m_message,
            QCoreApplication::translate(
                "tz::CasesPage", "No program on this computer opens this file; it is kept at %1.")
                .arg(QDir::toNativeSeparators(path)),
            false);
}

} // namespace tz
