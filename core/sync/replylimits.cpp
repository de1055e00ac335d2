// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/sync/replylimits.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace tz::replylimits {
namespace {

const char *const kReason = "tzAbandonedBecause";
// Once the answer has begun, at least this much must arrive in every window.
constexpr qint64 kMinBytesPerWindow = 4 * 1024;
constexpr int kWindowMs = 30 * 1000;

void abandon(QNetworkReply *reply, const QString &why)
{
    if (reply->property(kReason).isValid())
        return;
    reply->setProperty(kReason, why);
    reply->abort();
}

} // namespace

void guard(QNetworkReply *reply, qsizetype maxBytes)
{
    // The network thread stops reading once this much waits unread: it never runs far past the
    // limit before the checks below hear of it.
    reply->setReadBufferSize(maxBytes + 1);
    auto *window = new QTimer(reply);
    window->setInterval(kWindowMs);
    auto received = std::make_shared<qint64>(0);
    auto atLastWindow = std::make_shared<qint64>(-1); // -1: no byte of the answer yet
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
        [reply, window, maxBytes, received, atLastWindow](qint64 bytes, qint64 total) {
            *received = bytes;
            if (bytes > maxBytes || total > maxBytes) {
                abandon(reply,
                    QCoreApplication::translate("tz::Sync",
                        "The server's answer is larger than any answer may be (%1 MB); it was not read.")
                        .arg(maxBytes / (1024 * 1024)));
                return;
            }
            if (bytes > 0 && *atLastWindow < 0) {
                *atLastWindow = bytes;
                window->start();
            }
        });
    QObject::connect(window, &QTimer::timeout, reply, [reply, received, atLastWindow] {
        if (*received - *atLastWindow < kMinBytesPerWindow && reply->isRunning()) {
            abandon(reply,
                QCoreApplication::translate(
                    "tz::Sync", "The server's answer came too slowly and was abandoned; sync again later."));
            return;
        }
        *atLastWindow = *received;
    });
    QObject::connect(reply, &QNetworkReply::finished, window, &QTimer::stop);
}

bool abandoned(const QNetworkReply *reply)
{
    return reply->property(kReason).isValid();
}

QString errorText(const QNetworkReply *reply)
{
    const QVariant why = reply->property(kReason);
    return why.isValid() ? why.toString() : reply->errorString();
}

} // namespace tz::replylimits
