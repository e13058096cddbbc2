#pragma once

class QString;

// Characters as users see them: grapheme clusters, not UTF-16 units ("👍🏽" is one).
int graphemeCount(const QString &text);
