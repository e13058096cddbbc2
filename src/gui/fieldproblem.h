#pragma once

#include <QString>

class QColor;
class QLabel;
class QPalette;
class QWidget;

// An explanation shown beside the field it concerns: in a red readable on the palette, hidden
// while there is nothing to say.
namespace FieldProblem {
// The problem red, readable on this palette's window.
QColor color(const QPalette &palette);
// Gives a label (from a .ui form, say) the problem look, and hides it.
void style(QLabel *label);
QLabel *create(QWidget *parent);
// Shows the problem, or hides the label when it is empty.
void show(QLabel *label, const QString &problem);
} // namespace FieldProblem
