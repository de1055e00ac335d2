// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/common/filedialogs.h"

#include "core/settings/localsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace tz::filedialogs {
namespace {

QString g_ledgerFolder;

LocalKey rememberedFolder(Kind kind)
{
    switch (kind) {
    case Kind::Receipts:
        return LocalKey::ReceiptsFolder;
    case Kind::Exports:
        return LocalKey::ExportsFolder;
    case Kind::Imports:
        return LocalKey::ImportsFolder;
    case Kind::Attachments:
        return LocalKey::AttachmentsFolder;
    }
    return LocalKey::ImportsFolder;
}

QString canonicalFolder(const QString &folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) : canonical;
}

bool isLedgerFolder(const QString &folder)
{
    return !g_ledgerFolder.isEmpty() && canonicalFolder(folder) == g_ledgerFolder;
}

QString documents()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

// Where files of this kind go when none was chosen yet.
QString defaultFolder(Kind kind)
{
    switch (kind) {
    case Kind::Receipts:
        //: A folder under the user's Documents for the receipts saved as PDF
        return QDir(documents())
            .filePath(QCoreApplication::translate("tz::FileDialogs", "Taizhang receipts"));
    case Kind::Exports:
        //: A folder under the user's Documents for lists and reports saved for Excel or print
        return QDir(documents()).filePath(QCoreApplication::translate("tz::FileDialogs", "Taizhang exports"));
    case Kind::Imports:
        return documents();
    case Kind::Attachments: {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        return pictures.isEmpty() ? documents() : pictures;
    }
    }
    return documents();
}

void remember(Kind kind, const QString &file)
{
    if (file.isEmpty())
        return;
    const QString folder = QFileInfo(file).absolutePath();
    if (!isLedgerFolder(folder))
        localsettings::setValue(rememberedFolder(kind), folder);
}

} // namespace

void setLedgerPath(const QString &path)
{
    g_ledgerFolder = path.isEmpty() ? QString() : canonicalFolder(QFileInfo(path).absolutePath());
}

QString startFolder(Kind kind)
{
    const QString remembered = localsettings::value(rememberedFolder(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir() && !isLedgerFolder(remembered))
        return remembered;
    QString folder = defaultFolder(kind);
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        folder = documents();
    if (isLedgerFolder(folder)) // a ledger kept in Documents itself
        folder = QDir::homePath();
    return folder;
}

QString saveFile(QWidget *parent, Kind kind, const QString &title, const QString &name,
    const QString &filters, QString *selectedFilter)
{
    const QString file = QFileDialog::getSaveFileName(
        parent, title, QDir(startFolder(kind)).filePath(QFileInfo(name).fileName()), filters, selectedFilter);
    remember(kind, file);
    return file;
}

QString openFile(QWidget *parent, Kind kind, const QString &title, const QString &filters)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, startFolder(kind), filters);
    remember(kind, file);
    return file;
}

QStringList openFiles(QWidget *parent, Kind kind, const QString &title, const QString &filters)
{
    const QStringList files = QFileDialog::getOpenFileNames(parent, title, startFolder(kind), filters);
    if (!files.isEmpty())
        remember(kind, files.constFirst());
    return files;
}

} // namespace tz::filedialogs
