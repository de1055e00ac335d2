// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang: the desktop application.
#include "core/auth/userservice.h"
#include "core/i18n/translations.h"
#include "core/workspace/workspace.h"
#include "ui/common/guardedapplication.h"
#include "ui/common/longtask.h"
#include "ui/login/logindialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/settingspage.h"
#include "ui/sync/setupdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

int main(int argc, char *argv[])
{
    tz::GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("taizhang"));
    QApplication::setApplicationName(QStringLiteral("taizhang"));
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), font.family()});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"),
        QStringLiteral("Open the ledger at PATH."), QStringLiteral("PATH"),
        tz::Workspace::defaultLedgerPath());
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QStringLiteral("Interface language: zh_CN or en (default: the one chosen in Settings, else zh_CN)."),
        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("Sign in as LOGIN with the password in TAIZHANG_PASSWORD (no login screen)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("Open on page N (1 workbench … 9 settings)."), QStringLiteral("N"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
        QStringLiteral("Look for TEXT on the page opened (cases or residents), as if typed."),
        QStringLiteral("TEXT"));
    parser.addOptions({ledgerOption, languageOption, screenshotOption, userOption, pageOption, searchOption});
    parser.process(app);
    tz::i18n::install(
        app, parser.isSet(languageOption) ? parser.value(languageOption) : tz::SettingsPage::savedLanguage());

    // Opening is quick, but after a power cut the integrity check of a big ledger takes minutes:
    // it runs off the window's thread, and a progress window shows if it takes more than a moment.
    tz::Result<std::unique_ptr<tz::Workspace>> workspace
        = tz::Error {tz::ErrorKind::Storage, QString(), QString()};
    const QString ledgerPath = parser.value(ledgerOption);
    if (!QFileInfo::exists(ledgerPath)) {
        // A new laptop: an empty ledger that its county's server fills (SetupDialog below).
        QDir().mkpath(QFileInfo(ledgerPath).absolutePath());
        tz::Workspace::InitOptions options;
        options.replica = true;
        options.deviceLabel = QSysInfo::machineHostName();
        workspace = tz::Workspace::init(ledgerPath, options);
    } else {
        tz::runLongTask(
            nullptr, QCoreApplication::translate("tz::Desktop", "Opening the ledger and checking it…"),
            [&](const tz::Progress &progress) { workspace = tz::Workspace::open(ledgerPath, {}, progress); },
            true, 400);
    }
    if (!workspace && workspace.error().kind == tz::ErrorKind::Cancelled)
        return 0; // the person chose to stop the check; the file is as it was
    if (!workspace) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("tz::Desktop", "Cannot open the ledger"),
            workspace.error().message);
        return 1;
    }
    tz::Workspace &ws = **workspace;
    tz::Actor actor;
    if (parser.isSet(userOption)) {
        tz::Result<tz::Actor> signedIn
            = ws.users().authenticate(parser.value(userOption), qEnvironmentVariable("TAIZHANG_PASSWORD"));
        if (!signedIn) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("tz::Desktop", "Cannot sign in"),
                signedIn.error().message);
            return 1;
        }
        actor = *signedIn;
    } else {
        if (tz::SetupDialog::needed(ws)) {
            tz::SetupDialog setup(ws);
            if (parser.isSet(screenshotOption)) {
                const QString file = parser.value(screenshotOption);
                QTimer::singleShot(800, &setup, [&setup, file] {
                    setup.grab().save(file);
                    setup.reject();
                });
            }
            if (setup.exec() != QDialog::Accepted)
                return 0; // what was downloaded is kept; the next start goes on from there
        }
        tz::LoginDialog login(ws);
        if (parser.isSet(screenshotOption)) {
            // A picture of the sign-in screen itself.
            const QString file = parser.value(screenshotOption);
            QTimer::singleShot(800, &login, [&login, file] {
                login.grab().save(file);
                login.reject();
            });
        }
        if (login.exec() != QDialog::Accepted)
            return 0;
        actor = login.actor();
    }
    tz::MainWindow window(ws, actor);
    if (parser.isSet(pageOption))
        window.showPage(static_cast<tz::MainWindow::Page>(
            std::clamp(parser.value(pageOption).toInt() - 1, 0, tz::MainWindow::PageCount - 1)));
    window.show();
    if (parser.isSet(searchOption))
        window.search(parser.value(searchOption));
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
