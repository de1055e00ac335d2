// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/event.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <tuple>

namespace tz {

QByteArray Event::payloadJson() const
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray Event::computeHash() const
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    const auto addField = [&hasher](const QByteArray &bytes) {
        const quint32 size = static_cast<quint32>(bytes.size());
        hasher.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hasher.addData(bytes);
    };
    addField(id);
    addField(QByteArray::number(static_cast<int>(aggregateType)));
    addField(aggregateId.toUtf8());
    addField(type.toUtf8());
    addField(payloadJson());
    addField(actor.toUtf8());
    addField(device.toUtf8());
    addField(QByteArray::number(deviceSeq));
    addField(QByteArray::number(hlc.value));
    addField(prevHash);
    return hasher.result().left(kHashSize);
}

bool Event::foldsBefore(const Event &other) const
{
    return std::tie(hlc.value, device, deviceSeq) < std::tie(other.hlc.value, other.device, other.deviceSeq);
}

} // namespace tz
