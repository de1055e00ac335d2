// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tz::unsaved {

// Before a form shows something else over edits that were not saved: asks whether to save them,
// throw them away, or stay. `what` names the edits ("the catalog item 低保申请").
enum class Choice { Save, Discard, Stay };
Choice ask(QWidget *parent, const QString &what);

// The usual flow: true when the form may show something else now. When the edits are not
// `dirty` it does not ask; "Save" runs `save`, and a save that fails keeps the form as it is.
[[nodiscard]] bool mayLeave(
    QWidget *parent, bool dirty, const QString &what, const std::function<bool()> &save);

} // namespace tz::unsaved
