#ifndef ZHURNAL_CNCURSESW_SHIM_H
#define ZHURNAL_CNCURSESW_SHIM_H

/* Wide-character API (get_wch, cchar_t, setcchar, mvaddnwstr) is hidden without this. */
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects C globals as shared mutable state and cannot import
   function-like macros, so they are reached through these accessors. */

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline WINDOW *shim_curscr(void) { return curscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }
static inline attr_t shim_a_attributes(void) { return A_ATTRIBUTES; }
static inline attr_t shim_a_color(void) { return A_COLOR; }
static inline attr_t shim_color_pair(int n) { return COLOR_PAIR(n); }
static inline int shim_pair_number(attr_t attributes) { return PAIR_NUMBER(attributes); }

static inline int shim_key_f(int n) { return KEY_F(n); }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }

#endif
