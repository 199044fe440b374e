"""TCVN3 (ABC) and VNI-Windows font encodings of Vietnamese: letter tables and converters.

Both legacy encodings put Vietnamese letters on byte values that Latin fonts show as other
characters, so a page typed in a .VnTime or VNI-Times font reaches us as Latin-1/cp1252 text
("Uû ban nh©n d©n", "UÛy ban nhaân daân"). The converters here take that text (each character
standing for one byte) and return NFC Unicode.

The tables are given one named constant per Vietnamese letter: 67 lower-case letters (đ, ă, â,
ê, ô, ơ, ư and the 60 toned vowels) and their 67 capitals. Each constant is named after the
Unicode name of its letter (TCVN3_SMALL_LETTER_A_WITH_GRAVE is "LATIN SMALL LETTER A WITH
GRAVE") and holds the legacy code as a string of byte-valued characters.

TCVN3: TCVN 5712:1993. Lower-case letters and the seven untoned capitals (Ă Â Ê Ô Ơ Ư Đ) are
the VN3 layout used by the ABC fonts. VN3 has no toned capitals (ABC users switch to the
upper-case .VnTimeH font and type the lower-case codes), so toned capitals take their VN1 codes
from the same standard, which lie on C0/C1 control positions and on the byte values VN3 leaves
free. In cp1252-decoded text, bytes 0x80-0x9F are the typographic quotes and dashes that VN3
documents really use, so only their control-character (latin-1) form is read as a letter.

VNI-Windows: a base letter followed by a diacritic byte ("a" + 0xF9 = á), the diacritic byte
in upper case after a capital; đ, ơ, ư, ì, í, ỉ, ĩ, ị and ỵ are single bytes.
"""

import re
import unicodedata

# --- TCVN3 (TCVN 5712:1993 VN3, toned capitals from VN1) ---------------------------------

TCVN3_CAPITAL_LETTER_D_WITH_STROKE = "\xa7"  # Đ, shows as "§"
TCVN3_SMALL_LETTER_D_WITH_STROKE = "\xae"  # đ, shows as "®"
TCVN3_CAPITAL_LETTER_A_WITH_GRAVE = "\x80"  # À, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_GRAVE = "\xb5"  # à, shows as "µ"
TCVN3_CAPITAL_LETTER_A_WITH_ACUTE = "\x83"  # Á, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_ACUTE = "\xb8"  # á, shows as "¸"
TCVN3_CAPITAL_LETTER_A_WITH_HOOK_ABOVE = "\x81"  # Ả, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_HOOK_ABOVE = "\xb6"  # ả, shows as "¶"
TCVN3_CAPITAL_LETTER_A_WITH_TILDE = "\x82"  # Ã, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_TILDE = "\xb7"  # ã, shows as "·"
TCVN3_CAPITAL_LETTER_A_WITH_DOT_BELOW = "\x84"  # Ạ, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_DOT_BELOW = "\xb9"  # ạ, shows as "¹"
TCVN3_CAPITAL_LETTER_A_WITH_BREVE = "\xa1"  # Ă, shows as "¡"
TCVN3_SMALL_LETTER_A_WITH_BREVE = "\xa8"  # ă, shows as "¨"
TCVN3_CAPITAL_LETTER_A_WITH_BREVE_AND_GRAVE = "\xaf"  # Ằ, shows as "¯"
TCVN3_SMALL_LETTER_A_WITH_BREVE_AND_GRAVE = "\xbb"  # ằ, shows as "»"
TCVN3_CAPITAL_LETTER_A_WITH_BREVE_AND_ACUTE = "\xc0"  # Ắ, shows as "À"
TCVN3_SMALL_LETTER_A_WITH_BREVE_AND_ACUTE = "\xbe"  # ắ, shows as "¾"
TCVN3_CAPITAL_LETTER_A_WITH_BREVE_AND_HOOK_ABOVE = "\xba"  # Ẳ, shows as "º"
TCVN3_SMALL_LETTER_A_WITH_BREVE_AND_HOOK_ABOVE = "\xbc"  # ẳ, shows as "¼"
TCVN3_CAPITAL_LETTER_A_WITH_BREVE_AND_TILDE = "\xbf"  # Ẵ, shows as "¿"
TCVN3_SMALL_LETTER_A_WITH_BREVE_AND_TILDE = "\xbd"  # ẵ, shows as "½"
TCVN3_CAPITAL_LETTER_A_WITH_BREVE_AND_DOT_BELOW = "\x85"  # Ặ, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_BREVE_AND_DOT_BELOW = "\xc6"  # ặ, shows as "Æ"
TCVN3_CAPITAL_LETTER_A_WITH_CIRCUMFLEX = "\xa2"  # Â, shows as "¢"
TCVN3_SMALL_LETTER_A_WITH_CIRCUMFLEX = "\xa9"  # â, shows as "©"
TCVN3_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_GRAVE = "\xc1"  # Ầ, shows as "Á"
TCVN3_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_GRAVE = "\xc7"  # ầ, shows as "Ç"
TCVN3_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_ACUTE = "\xc4"  # Ấ, shows as "Ä"
TCVN3_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_ACUTE = "\xca"  # ấ, shows as "Ê"
TCVN3_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "\xc2"  # Ẩ, shows as "Â"
TCVN3_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "\xc8"  # ẩ, shows as "È"
TCVN3_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_TILDE = "\xc3"  # Ẫ, shows as "Ã"
TCVN3_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_TILDE = "\xc9"  # ẫ, shows as "É"
TCVN3_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_DOT_BELOW = "\x86"  # Ậ, VN1 code, a control when read
TCVN3_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_DOT_BELOW = "\xcb"  # ậ, shows as "Ë"
TCVN3_CAPITAL_LETTER_E_WITH_GRAVE = "\x87"  # È, VN1 code, a control when read
TCVN3_SMALL_LETTER_E_WITH_GRAVE = "\xcc"  # è, shows as "Ì"
TCVN3_CAPITAL_LETTER_E_WITH_ACUTE = "\x8a"  # É, VN1 code, a control when read
TCVN3_SMALL_LETTER_E_WITH_ACUTE = "\xd0"  # é, shows as "Ð"
TCVN3_CAPITAL_LETTER_E_WITH_HOOK_ABOVE = "\x88"  # Ẻ, VN1 code, a control when read
TCVN3_SMALL_LETTER_E_WITH_HOOK_ABOVE = "\xce"  # ẻ, shows as "Î"
TCVN3_CAPITAL_LETTER_E_WITH_TILDE = "\x89"  # Ẽ, VN1 code, a control when read
TCVN3_SMALL_LETTER_E_WITH_TILDE = "\xcf"  # ẽ, shows as "Ï"
TCVN3_CAPITAL_LETTER_E_WITH_DOT_BELOW = "\x8b"  # Ẹ, VN1 code, a control when read
TCVN3_SMALL_LETTER_E_WITH_DOT_BELOW = "\xd1"  # ẹ, shows as "Ñ"
TCVN3_CAPITAL_LETTER_E_WITH_CIRCUMFLEX = "\xa3"  # Ê, shows as "£"
TCVN3_SMALL_LETTER_E_WITH_CIRCUMFLEX = "\xaa"  # ê, shows as "ª"
TCVN3_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_GRAVE = "\xc5"  # Ề, shows as "Å"
TCVN3_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_GRAVE = "\xd2"  # ề, shows as "Ò"
TCVN3_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_ACUTE = "\xda"  # Ế, shows as "Ú"
TCVN3_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_ACUTE = "\xd5"  # ế, shows as "Õ"
TCVN3_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "\xcd"  # Ể, shows as "Í"
TCVN3_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "\xd3"  # ể, shows as "Ó"
TCVN3_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_TILDE = "\xd9"  # Ễ, shows as "Ù"
TCVN3_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_TILDE = "\xd4"  # ễ, shows as "Ô"
TCVN3_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_DOT_BELOW = "\x8c"  # Ệ, VN1 code, a control when read
TCVN3_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_DOT_BELOW = "\xd6"  # ệ, shows as "Ö"
TCVN3_CAPITAL_LETTER_I_WITH_GRAVE = "\x8d"  # Ì, VN1 code, a control when read
TCVN3_SMALL_LETTER_I_WITH_GRAVE = "\xd7"  # ì, shows as "×"
TCVN3_CAPITAL_LETTER_I_WITH_ACUTE = "\x90"  # Í, VN1 code, a control when read
TCVN3_SMALL_LETTER_I_WITH_ACUTE = "\xdd"  # í, shows as "Ý"
TCVN3_CAPITAL_LETTER_I_WITH_HOOK_ABOVE = "\x8e"  # Ỉ, VN1 code, a control when read
TCVN3_SMALL_LETTER_I_WITH_HOOK_ABOVE = "\xd8"  # ỉ, shows as "Ø"
TCVN3_CAPITAL_LETTER_I_WITH_TILDE = "\x8f"  # Ĩ, VN1 code, a control when read
TCVN3_SMALL_LETTER_I_WITH_TILDE = "\xdc"  # ĩ, shows as "Ü"
TCVN3_CAPITAL_LETTER_I_WITH_DOT_BELOW = "\x91"  # Ị, VN1 code, a control when read
TCVN3_SMALL_LETTER_I_WITH_DOT_BELOW = "\xde"  # ị, shows as "Þ"
TCVN3_CAPITAL_LETTER_O_WITH_GRAVE = "\x92"  # Ò, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_GRAVE = "\xdf"  # ò, shows as "ß"
TCVN3_CAPITAL_LETTER_O_WITH_ACUTE = "\x95"  # Ó, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_ACUTE = "\xe3"  # ó, shows as "ã"
TCVN3_CAPITAL_LETTER_O_WITH_HOOK_ABOVE = "\x93"  # Ỏ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_HOOK_ABOVE = "\xe1"  # ỏ, shows as "á"
TCVN3_CAPITAL_LETTER_O_WITH_TILDE = "\x94"  # Õ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_TILDE = "\xe2"  # õ, shows as "â"
TCVN3_CAPITAL_LETTER_O_WITH_DOT_BELOW = "\x96"  # Ọ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_DOT_BELOW = "\xe4"  # ọ, shows as "ä"
TCVN3_CAPITAL_LETTER_O_WITH_CIRCUMFLEX = "\xa4"  # Ô, shows as "¤"
TCVN3_SMALL_LETTER_O_WITH_CIRCUMFLEX = "\xab"  # ô, shows as "«"
TCVN3_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_GRAVE = "\xdb"  # Ồ, shows as "Û"
TCVN3_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_GRAVE = "\xe5"  # ồ, shows as "å"
TCVN3_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_ACUTE = "\xff"  # Ố, shows as "ÿ"
TCVN3_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_ACUTE = "\xe8"  # ố, shows as "è"
TCVN3_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "\xe0"  # Ổ, shows as "à"
TCVN3_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "\xe6"  # ổ, shows as "æ"
TCVN3_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_TILDE = "\xf0"  # Ỗ, shows as "ð"
TCVN3_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_TILDE = "\xe7"  # ỗ, shows as "ç"
TCVN3_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_DOT_BELOW = "\x97"  # Ộ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_DOT_BELOW = "\xe9"  # ộ, shows as "é"
TCVN3_CAPITAL_LETTER_O_WITH_HORN = "\xa5"  # Ơ, shows as "¥"
TCVN3_SMALL_LETTER_O_WITH_HORN = "\xac"  # ơ, shows as "¬"
TCVN3_CAPITAL_LETTER_O_WITH_HORN_AND_GRAVE = "\x98"  # Ờ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_HORN_AND_GRAVE = "\xea"  # ờ, shows as "ê"
TCVN3_CAPITAL_LETTER_O_WITH_HORN_AND_ACUTE = "\x9b"  # Ớ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_HORN_AND_ACUTE = "\xed"  # ớ, shows as "í"
TCVN3_CAPITAL_LETTER_O_WITH_HORN_AND_HOOK_ABOVE = "\x99"  # Ở, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_HORN_AND_HOOK_ABOVE = "\xeb"  # ở, shows as "ë"
TCVN3_CAPITAL_LETTER_O_WITH_HORN_AND_TILDE = "\x9a"  # Ỡ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_HORN_AND_TILDE = "\xec"  # ỡ, shows as "ì"
TCVN3_CAPITAL_LETTER_O_WITH_HORN_AND_DOT_BELOW = "\x9c"  # Ợ, VN1 code, a control when read
TCVN3_SMALL_LETTER_O_WITH_HORN_AND_DOT_BELOW = "\xee"  # ợ, shows as "î"
TCVN3_CAPITAL_LETTER_U_WITH_GRAVE = "\x9d"  # Ù, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_GRAVE = "\xef"  # ù, shows as "ï"
TCVN3_CAPITAL_LETTER_U_WITH_ACUTE = "\x01"  # Ú, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_ACUTE = "\xf3"  # ú, shows as "ó"
TCVN3_CAPITAL_LETTER_U_WITH_HOOK_ABOVE = "\x9e"  # Ủ, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_HOOK_ABOVE = "\xf1"  # ủ, shows as "ñ"
TCVN3_CAPITAL_LETTER_U_WITH_TILDE = "\x9f"  # Ũ, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_TILDE = "\xf2"  # ũ, shows as "ò"
TCVN3_CAPITAL_LETTER_U_WITH_DOT_BELOW = "\x02"  # Ụ, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_DOT_BELOW = "\xf4"  # ụ, shows as "ô"
TCVN3_CAPITAL_LETTER_U_WITH_HORN = "\xa6"  # Ư, shows as "¦"
TCVN3_SMALL_LETTER_U_WITH_HORN = "\xad"  # ư, shows as a soft hyphen
TCVN3_CAPITAL_LETTER_U_WITH_HORN_AND_GRAVE = "\x04"  # Ừ, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_HORN_AND_GRAVE = "\xf5"  # ừ, shows as "õ"
TCVN3_CAPITAL_LETTER_U_WITH_HORN_AND_ACUTE = "\x11"  # Ứ, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_HORN_AND_ACUTE = "\xf8"  # ứ, shows as "ø"
TCVN3_CAPITAL_LETTER_U_WITH_HORN_AND_HOOK_ABOVE = "\x05"  # Ử, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_HORN_AND_HOOK_ABOVE = "\xf6"  # ử, shows as "ö"
TCVN3_CAPITAL_LETTER_U_WITH_HORN_AND_TILDE = "\x06"  # Ữ, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_HORN_AND_TILDE = "\xf7"  # ữ, shows as "÷"
TCVN3_CAPITAL_LETTER_U_WITH_HORN_AND_DOT_BELOW = "\x12"  # Ự, VN1 code, a control when read
TCVN3_SMALL_LETTER_U_WITH_HORN_AND_DOT_BELOW = "\xf9"  # ự, shows as "ù"
TCVN3_CAPITAL_LETTER_Y_WITH_GRAVE = "\x13"  # Ỳ, VN1 code, a control when read
TCVN3_SMALL_LETTER_Y_WITH_GRAVE = "\xfa"  # ỳ, shows as "ú"
TCVN3_CAPITAL_LETTER_Y_WITH_ACUTE = "\x16"  # Ý, VN1 code, a control when read
TCVN3_SMALL_LETTER_Y_WITH_ACUTE = "\xfd"  # ý, shows as "ý"
TCVN3_CAPITAL_LETTER_Y_WITH_HOOK_ABOVE = "\x14"  # Ỷ, VN1 code, a control when read
TCVN3_SMALL_LETTER_Y_WITH_HOOK_ABOVE = "\xfb"  # ỷ, shows as "û"
TCVN3_CAPITAL_LETTER_Y_WITH_TILDE = "\x15"  # Ỹ, VN1 code, a control when read
TCVN3_SMALL_LETTER_Y_WITH_TILDE = "\xfc"  # ỹ, shows as "ü"
TCVN3_CAPITAL_LETTER_Y_WITH_DOT_BELOW = "\x17"  # Ỵ, VN1 code, a control when read
TCVN3_SMALL_LETTER_Y_WITH_DOT_BELOW = "\xfe"  # ỵ, shows as "þ"

# --- VNI-Windows -------------------------------------------------------------------------

VNI_CAPITAL_LETTER_D_WITH_STROKE = "\xd1"  # Đ, shows as "Ñ"
VNI_SMALL_LETTER_D_WITH_STROKE = "\xf1"  # đ, shows as "ñ"
VNI_CAPITAL_LETTER_A_WITH_GRAVE = "A\xd8"  # À, shows as "AØ"
VNI_SMALL_LETTER_A_WITH_GRAVE = "a\xf8"  # à, shows as "aø"
VNI_CAPITAL_LETTER_A_WITH_ACUTE = "A\xd9"  # Á, shows as "AÙ"
VNI_SMALL_LETTER_A_WITH_ACUTE = "a\xf9"  # á, shows as "aù"
VNI_CAPITAL_LETTER_A_WITH_HOOK_ABOVE = "A\xdb"  # Ả, shows as "AÛ"
VNI_SMALL_LETTER_A_WITH_HOOK_ABOVE = "a\xfb"  # ả, shows as "aû"
VNI_CAPITAL_LETTER_A_WITH_TILDE = "A\xd5"  # Ã, shows as "AÕ"
VNI_SMALL_LETTER_A_WITH_TILDE = "a\xf5"  # ã, shows as "aõ"
VNI_CAPITAL_LETTER_A_WITH_DOT_BELOW = "A\xcf"  # Ạ, shows as "AÏ"
VNI_SMALL_LETTER_A_WITH_DOT_BELOW = "a\xef"  # ạ, shows as "aï"
VNI_CAPITAL_LETTER_A_WITH_BREVE = "A\xca"  # Ă, shows as "AÊ"
VNI_SMALL_LETTER_A_WITH_BREVE = "a\xea"  # ă, shows as "aê"
VNI_CAPITAL_LETTER_A_WITH_BREVE_AND_GRAVE = "A\xc8"  # Ằ, shows as "AÈ"
VNI_SMALL_LETTER_A_WITH_BREVE_AND_GRAVE = "a\xe8"  # ằ, shows as "aè"
VNI_CAPITAL_LETTER_A_WITH_BREVE_AND_ACUTE = "A\xc9"  # Ắ, shows as "AÉ"
VNI_SMALL_LETTER_A_WITH_BREVE_AND_ACUTE = "a\xe9"  # ắ, shows as "aé"
VNI_CAPITAL_LETTER_A_WITH_BREVE_AND_HOOK_ABOVE = "A\xda"  # Ẳ, shows as "AÚ"
VNI_SMALL_LETTER_A_WITH_BREVE_AND_HOOK_ABOVE = "a\xfa"  # ẳ, shows as "aú"
VNI_CAPITAL_LETTER_A_WITH_BREVE_AND_TILDE = "A\xdc"  # Ẵ, shows as "AÜ"
VNI_SMALL_LETTER_A_WITH_BREVE_AND_TILDE = "a\xfc"  # ẵ, shows as "aü"
VNI_CAPITAL_LETTER_A_WITH_BREVE_AND_DOT_BELOW = "A\xcb"  # Ặ, shows as "AË"
VNI_SMALL_LETTER_A_WITH_BREVE_AND_DOT_BELOW = "a\xeb"  # ặ, shows as "aë"
VNI_CAPITAL_LETTER_A_WITH_CIRCUMFLEX = "A\xc2"  # Â, shows as "AÂ"
VNI_SMALL_LETTER_A_WITH_CIRCUMFLEX = "a\xe2"  # â, shows as "aâ"
VNI_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_GRAVE = "A\xc0"  # Ầ, shows as "AÀ"
VNI_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_GRAVE = "a\xe0"  # ầ, shows as "aà"
VNI_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_ACUTE = "A\xc1"  # Ấ, shows as "AÁ"
VNI_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_ACUTE = "a\xe1"  # ấ, shows as "aá"
VNI_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "A\xc5"  # Ẩ, shows as "AÅ"
VNI_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "a\xe5"  # ẩ, shows as "aå"
VNI_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_TILDE = "A\xc3"  # Ẫ, shows as "AÃ"
VNI_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_TILDE = "a\xe3"  # ẫ, shows as "aã"
VNI_CAPITAL_LETTER_A_WITH_CIRCUMFLEX_AND_DOT_BELOW = "A\xc4"  # Ậ, shows as "AÄ"
VNI_SMALL_LETTER_A_WITH_CIRCUMFLEX_AND_DOT_BELOW = "a\xe4"  # ậ, shows as "aä"
VNI_CAPITAL_LETTER_E_WITH_GRAVE = "E\xd8"  # È, shows as "EØ"
VNI_SMALL_LETTER_E_WITH_GRAVE = "e\xf8"  # è, shows as "eø"
VNI_CAPITAL_LETTER_E_WITH_ACUTE = "E\xd9"  # É, shows as "EÙ"
VNI_SMALL_LETTER_E_WITH_ACUTE = "e\xf9"  # é, shows as "eù"
VNI_CAPITAL_LETTER_E_WITH_HOOK_ABOVE = "E\xdb"  # Ẻ, shows as "EÛ"
VNI_SMALL_LETTER_E_WITH_HOOK_ABOVE = "e\xfb"  # ẻ, shows as "eû"
VNI_CAPITAL_LETTER_E_WITH_TILDE = "E\xd5"  # Ẽ, shows as "EÕ"
VNI_SMALL_LETTER_E_WITH_TILDE = "e\xf5"  # ẽ, shows as "eõ"
VNI_CAPITAL_LETTER_E_WITH_DOT_BELOW = "E\xcf"  # Ẹ, shows as "EÏ"
VNI_SMALL_LETTER_E_WITH_DOT_BELOW = "e\xef"  # ẹ, shows as "eï"
VNI_CAPITAL_LETTER_E_WITH_CIRCUMFLEX = "E\xc2"  # Ê, shows as "EÂ"
VNI_SMALL_LETTER_E_WITH_CIRCUMFLEX = "e\xe2"  # ê, shows as "eâ"
VNI_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_GRAVE = "E\xc0"  # Ề, shows as "EÀ"
VNI_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_GRAVE = "e\xe0"  # ề, shows as "eà"
VNI_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_ACUTE = "E\xc1"  # Ế, shows as "EÁ"
VNI_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_ACUTE = "e\xe1"  # ế, shows as "eá"
VNI_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "E\xc5"  # Ể, shows as "EÅ"
VNI_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "e\xe5"  # ể, shows as "eå"
VNI_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_TILDE = "E\xc3"  # Ễ, shows as "EÃ"
VNI_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_TILDE = "e\xe3"  # ễ, shows as "eã"
VNI_CAPITAL_LETTER_E_WITH_CIRCUMFLEX_AND_DOT_BELOW = "E\xc4"  # Ệ, shows as "EÄ"
VNI_SMALL_LETTER_E_WITH_CIRCUMFLEX_AND_DOT_BELOW = "e\xe4"  # ệ, shows as "eä"
VNI_CAPITAL_LETTER_I_WITH_GRAVE = "\xcc"  # Ì, shows as "Ì"
VNI_SMALL_LETTER_I_WITH_GRAVE = "\xec"  # ì, shows as "ì"
VNI_CAPITAL_LETTER_I_WITH_ACUTE = "\xcd"  # Í, shows as "Í"
VNI_SMALL_LETTER_I_WITH_ACUTE = "\xed"  # í, shows as "í"
VNI_CAPITAL_LETTER_I_WITH_HOOK_ABOVE = "\xc6"  # Ỉ, shows as "Æ"
VNI_SMALL_LETTER_I_WITH_HOOK_ABOVE = "\xe6"  # ỉ, shows as "æ"
VNI_CAPITAL_LETTER_I_WITH_TILDE = "\xd3"  # Ĩ, shows as "Ó"
VNI_SMALL_LETTER_I_WITH_TILDE = "\xf3"  # ĩ, shows as "ó"
VNI_CAPITAL_LETTER_I_WITH_DOT_BELOW = "\xd2"  # Ị, shows as "Ò"
VNI_SMALL_LETTER_I_WITH_DOT_BELOW = "\xf2"  # ị, shows as "ò"
VNI_CAPITAL_LETTER_O_WITH_GRAVE = "O\xd8"  # Ò, shows as "OØ"
VNI_SMALL_LETTER_O_WITH_GRAVE = "o\xf8"  # ò, shows as "oø"
VNI_CAPITAL_LETTER_O_WITH_ACUTE = "O\xd9"  # Ó, shows as "OÙ"
VNI_SMALL_LETTER_O_WITH_ACUTE = "o\xf9"  # ó, shows as "où"
VNI_CAPITAL_LETTER_O_WITH_HOOK_ABOVE = "O\xdb"  # Ỏ, shows as "OÛ"
VNI_SMALL_LETTER_O_WITH_HOOK_ABOVE = "o\xfb"  # ỏ, shows as "oû"
VNI_CAPITAL_LETTER_O_WITH_TILDE = "O\xd5"  # Õ, shows as "OÕ"
VNI_SMALL_LETTER_O_WITH_TILDE = "o\xf5"  # õ, shows as "oõ"
VNI_CAPITAL_LETTER_O_WITH_DOT_BELOW = "O\xcf"  # Ọ, shows as "OÏ"
VNI_SMALL_LETTER_O_WITH_DOT_BELOW = "o\xef"  # ọ, shows as "oï"
VNI_CAPITAL_LETTER_O_WITH_CIRCUMFLEX = "O\xc2"  # Ô, shows as "OÂ"
VNI_SMALL_LETTER_O_WITH_CIRCUMFLEX = "o\xe2"  # ô, shows as "oâ"
VNI_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_GRAVE = "O\xc0"  # Ồ, shows as "OÀ"
VNI_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_GRAVE = "o\xe0"  # ồ, shows as "oà"
VNI_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_ACUTE = "O\xc1"  # Ố, shows as "OÁ"
VNI_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_ACUTE = "o\xe1"  # ố, shows as "oá"
VNI_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "O\xc5"  # Ổ, shows as "OÅ"
VNI_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_HOOK_ABOVE = "o\xe5"  # ổ, shows as "oå"
VNI_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_TILDE = "O\xc3"  # Ỗ, shows as "OÃ"
VNI_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_TILDE = "o\xe3"  # ỗ, shows as "oã"
VNI_CAPITAL_LETTER_O_WITH_CIRCUMFLEX_AND_DOT_BELOW = "O\xc4"  # Ộ, shows as "OÄ"
VNI_SMALL_LETTER_O_WITH_CIRCUMFLEX_AND_DOT_BELOW = "o\xe4"  # ộ, shows as "oä"
VNI_CAPITAL_LETTER_O_WITH_HORN = "\xd4"  # Ơ, shows as "Ô"
VNI_SMALL_LETTER_O_WITH_HORN = "\xf4"  # ơ, shows as "ô"
VNI_CAPITAL_LETTER_O_WITH_HORN_AND_GRAVE = "\xd4\xd8"  # Ờ, shows as "ÔØ"
VNI_SMALL_LETTER_O_WITH_HORN_AND_GRAVE = "\xf4\xf8"  # ờ, shows as "ôø"
VNI_CAPITAL_LETTER_O_WITH_HORN_AND_ACUTE = "\xd4\xd9"  # Ớ, shows as "ÔÙ"
VNI_SMALL_LETTER_O_WITH_HORN_AND_ACUTE = "\xf4\xf9"  # ớ, shows as "ôù"
VNI_CAPITAL_LETTER_O_WITH_HORN_AND_HOOK_ABOVE = "\xd4\xdb"  # Ở, shows as "ÔÛ"
VNI_SMALL_LETTER_O_WITH_HORN_AND_HOOK_ABOVE = "\xf4\xfb"  # ở, shows as "ôû"
VNI_CAPITAL_LETTER_O_WITH_HORN_AND_TILDE = "\xd4\xd5"  # Ỡ, shows as "ÔÕ"
VNI_SMALL_LETTER_O_WITH_HORN_AND_TILDE = "\xf4\xf5"  # ỡ, shows as "ôõ"
VNI_CAPITAL_LETTER_O_WITH_HORN_AND_DOT_BELOW = "\xd4\xcf"  # Ợ, shows as "ÔÏ"
VNI_SMALL_LETTER_O_WITH_HORN_AND_DOT_BELOW = "\xf4\xef"  # ợ, shows as "ôï"
VNI_CAPITAL_LETTER_U_WITH_GRAVE = "U\xd8"  # Ù, shows as "UØ"
VNI_SMALL_LETTER_U_WITH_GRAVE = "u\xf8"  # ù, shows as "uø"
VNI_CAPITAL_LETTER_U_WITH_ACUTE = "U\xd9"  # Ú, shows as "UÙ"
VNI_SMALL_LETTER_U_WITH_ACUTE = "u\xf9"  # ú, shows as "uù"
VNI_CAPITAL_LETTER_U_WITH_HOOK_ABOVE = "U\xdb"  # Ủ, shows as "UÛ"
VNI_SMALL_LETTER_U_WITH_HOOK_ABOVE = "u\xfb"  # ủ, shows as "uû"
VNI_CAPITAL_LETTER_U_WITH_TILDE = "U\xd5"  # Ũ, shows as "UÕ"
VNI_SMALL_LETTER_U_WITH_TILDE = "u\xf5"  # ũ, shows as "uõ"
VNI_CAPITAL_LETTER_U_WITH_DOT_BELOW = "U\xcf"  # Ụ, shows as "UÏ"
VNI_SMALL_LETTER_U_WITH_DOT_BELOW = "u\xef"  # ụ, shows as "uï"
VNI_CAPITAL_LETTER_U_WITH_HORN = "\xd6"  # Ư, shows as "Ö"
VNI_SMALL_LETTER_U_WITH_HORN = "\xf6"  # ư, shows as "ö"
VNI_CAPITAL_LETTER_U_WITH_HORN_AND_GRAVE = "\xd6\xd8"  # Ừ, shows as "ÖØ"
VNI_SMALL_LETTER_U_WITH_HORN_AND_GRAVE = "\xf6\xf8"  # ừ, shows as "öø"
VNI_CAPITAL_LETTER_U_WITH_HORN_AND_ACUTE = "\xd6\xd9"  # Ứ, shows as "ÖÙ"
VNI_SMALL_LETTER_U_WITH_HORN_AND_ACUTE = "\xf6\xf9"  # ứ, shows as "öù"
VNI_CAPITAL_LETTER_U_WITH_HORN_AND_HOOK_ABOVE = "\xd6\xdb"  # Ử, shows as "ÖÛ"
VNI_SMALL_LETTER_U_WITH_HORN_AND_HOOK_ABOVE = "\xf6\xfb"  # ử, shows as "öû"
VNI_CAPITAL_LETTER_U_WITH_HORN_AND_TILDE = "\xd6\xd5"  # Ữ, shows as "ÖÕ"
VNI_SMALL_LETTER_U_WITH_HORN_AND_TILDE = "\xf6\xf5"  # ữ, shows as "öõ"
VNI_CAPITAL_LETTER_U_WITH_HORN_AND_DOT_BELOW = "\xd6\xcf"  # Ự, shows as "ÖÏ"
VNI_SMALL_LETTER_U_WITH_HORN_AND_DOT_BELOW = "\xf6\xef"  # ự, shows as "öï"
VNI_CAPITAL_LETTER_Y_WITH_GRAVE = "Y\xd8"  # Ỳ, shows as "YØ"
VNI_SMALL_LETTER_Y_WITH_GRAVE = "y\xf8"  # ỳ, shows as "yø"
VNI_CAPITAL_LETTER_Y_WITH_ACUTE = "Y\xd9"  # Ý, shows as "YÙ"
VNI_SMALL_LETTER_Y_WITH_ACUTE = "y\xf9"  # ý, shows as "yù"
VNI_CAPITAL_LETTER_Y_WITH_HOOK_ABOVE = "Y\xdb"  # Ỷ, shows as "YÛ"
VNI_SMALL_LETTER_Y_WITH_HOOK_ABOVE = "y\xfb"  # ỷ, shows as "yû"
VNI_CAPITAL_LETTER_Y_WITH_TILDE = "Y\xd5"  # Ỹ, shows as "YÕ"
VNI_SMALL_LETTER_Y_WITH_TILDE = "y\xf5"  # ỹ, shows as "yõ"
VNI_CAPITAL_LETTER_Y_WITH_DOT_BELOW = "\xce"  # Ỵ, shows as "Î"
VNI_SMALL_LETTER_Y_WITH_DOT_BELOW = "\xee"  # ỵ, shows as "î"

# A table constant name: the font, then the Unicode name of the letter without "LATIN",
# e.g. "VNI_SMALL_LETTER_O_WITH_HORN_AND_ACUTE" for ớ.
_LETTER_CONSTANT_RE = re.compile(r"^(TCVN3|VNI)_((?:CAPITAL|SMALL)_LETTER_[A-Z_]+)$")


def _collect(font: str) -> dict[str, str]:
    """Map each Vietnamese letter to its code in FONT, read from the named constants above."""
    table = {}
    for name, code in globals().items():
        match = _LETTER_CONSTANT_RE.match(name)
        if match and match.group(1) == font:
            letter = unicodedata.lookup("LATIN " + match.group(2).replace("_", " "))
            table[letter] = code
    return table


# Vietnamese letter -> TCVN3 code, e.g. "ộ" -> "\xe9" (shows as "é").
TCVN3_ENCODE: dict[str, str] = _collect("TCVN3")
# Vietnamese letter -> VNI code, e.g. "ệ" -> "e\xe4" (shows as "eä").
VNI_ENCODE: dict[str, str] = _collect("VNI")

# str.translate table from a TCVN3 code character to its letter, e.g. "\xdf" ("ß") -> "ò".
_TCVN3_DECODE = {ord(code): letter for letter, code in TCVN3_ENCODE.items()}
# The TCVN3 lower-case letter codes, e.g. "\xfb" ("û", ỷ); .VnTimeH shows them as capitals.
_TCVN3_LOWER_CODES = frozenset(code for letter, code in TCVN3_ENCODE.items() if letter.islower())


def _vni_decode_table() -> dict[str, str]:
    """Map each VNI code to its letter, also accepting a diacritic byte in the other case."""
    table = {code: letter for letter, code in VNI_ENCODE.items()}
    for letter, code in VNI_ENCODE.items():
        if len(code) == 2:
            table.setdefault(code[0] + code[1].swapcase(), letter)
    return table


# VNI code -> letter, e.g. "o\xe4" ("oä") -> "ộ" and "O\xc4" ("OÄ") -> "Ộ".
_VNI_DECODE = _vni_decode_table()
# Any VNI code, two-byte codes first, e.g. "öù" (ứ) before "ö" (ư).
_VNI_CODE_RE = re.compile(
    "|".join(re.escape(code) for code in sorted(_VNI_DECODE, key=len, reverse=True))
)
# A word of TCVN3 text, e.g. "TØNH" (TỈNH typed in .VnTimeH) or "nh©n".
_TCVN3_WORD_RE = re.compile(r"\S+")
# Fewest ASCII letters, all capitals, showing a word or line was typed in an upper-case font,
# e.g. the three of "TØNH".
MIN_CAPITALS_IN_UPPER_WORD = 2


def _in_capitals(text: str) -> bool:
    """Tell whether the ASCII letters of TEXT are all capitals, and enough to judge."""
    letters = [ch for ch in text if ch.isascii() and ch.isalpha()]
    return len(letters) >= MIN_CAPITALS_IN_UPPER_WORD and all(ch.isupper() for ch in letters)


def _restore_capitals(line: str) -> str:
    """Upper-case the words of TCVN3 text typed in an upper-case font, e.g. "TØNH" -> "TỈNH"."""
    if _in_capitals(line):
        return line.translate(_TCVN3_DECODE).upper()

    def word(match: re.Match[str]) -> str:
        converted = match.group().translate(_TCVN3_DECODE)
        return converted.upper() if _in_capitals(match.group()) else converted

    return _TCVN3_WORD_RE.sub(word, line)


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 (ABC) text, read as latin-1/cp1252, to NFC Unicode."""
    if not any(ch in _TCVN3_LOWER_CODES for ch in text):
        return unicodedata.normalize("NFC", text.translate(_TCVN3_DECODE))
    lines = text.splitlines(keepends=True)
    return unicodedata.normalize("NFC", "".join(_restore_capitals(line) for line in lines))


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text, read as latin-1/cp1252, to NFC Unicode."""
    return unicodedata.normalize("NFC", _VNI_CODE_RE.sub(lambda m: _VNI_DECODE[m.group()], text))
