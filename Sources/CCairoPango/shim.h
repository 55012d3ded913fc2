/*
 * cairo (PDF surfaces) and the few pango functions zhurnal draws text with.
 *
 * cairo's headers need no compiler flags. pango's pull in GLib's, which need
 * the include paths of `pkg-config pangocairo`, and those flags carry
 * `-pthread`, which SwiftPM refuses with a warning on every build. So pango
 * is declared here by the prototypes of its stable public API (pango 1.x),
 * with its objects opaque and its enums as the ints they are.
 */
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>

typedef struct _PangoLayout PangoLayout;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFontDescription PangoFontDescription;

PangoContext *pango_cairo_create_context(cairo_t *cr);
PangoLayout *pango_layout_new(PangoContext *context);
void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout);
PangoFontDescription *pango_font_description_new(void);
void pango_font_description_free(PangoFontDescription *desc);
void pango_font_description_set_family(PangoFontDescription *desc, const char *family);
void pango_font_description_set_weight(PangoFontDescription *desc, int weight);
void pango_font_description_set_absolute_size(PangoFontDescription *desc, double size);
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void pango_layout_set_width(PangoLayout *layout, int width);
void pango_layout_set_wrap(PangoLayout *layout, int wrap);
void pango_layout_set_alignment(PangoLayout *layout, int alignment);
void pango_layout_set_text(PangoLayout *layout, const char *text, int length);
void pango_layout_get_size(PangoLayout *layout, int *width, int *height);
void g_object_unref(void *object);

/* The values of PANGO_SCALE, PangoWeight, PangoWrapMode and PangoAlignment used. */
enum {
    ZH_PANGO_SCALE = 1024,
    ZH_PANGO_WEIGHT_NORMAL = 400,
    ZH_PANGO_WEIGHT_BOLD = 700,
    ZH_PANGO_WRAP_WORD_CHAR = 2,
    ZH_PANGO_ALIGN_LEFT = 0,
    ZH_PANGO_ALIGN_CENTER = 1,
    ZH_PANGO_ALIGN_RIGHT = 2,
};
