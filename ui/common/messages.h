// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace tz::messages {

// A hidden red line that says what is wrong, shown next to the fields it is about.
QLabel *errorLabel(QWidget *parent, const QString &objectName);
// A boxed note: yellow for "not built yet" and demo hints, green for what just went well.
enum class Tone { Caution, Success };
QLabel *noteLabel(QWidget *parent, const QString &text, Tone tone = Tone::Caution);
// Shows `text` on a label made by errorLabel(): red when something was refused, green when done.
void show(QLabel *label, const QString &text, bool ok);

} // namespace tz::messages
