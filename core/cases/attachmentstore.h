// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/cases/caserecord.h"
#include "core/common/error.h"

namespace tz {

// The files attached to cases (photos, scans), kept beside the ledger in "<ledger>.files/",
// each under the SHA-256 of its bytes: the same scan attached twice is stored once, and a
// reference names exactly the bytes it was made from. The ledger records only the reference
// ("sha256:<hex>") and the file's name.
class AttachmentStore
{
public:
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

    explicit AttachmentStore(const QString &ledgerPath);

    // Copies the file in (through a temporary file, so a failure leaves nothing half-written).
    [[nodiscard]] Result<CaseAttachment> add(const QString &sourcePath);
    // Where the bytes of a reference are; empty when this computer does not hold them (yet).
    [[nodiscard]] QString pathOf(const QString &ref) const;
    [[nodiscard]] QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace tz
