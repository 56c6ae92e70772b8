target_sources(demarche_core PRIVATE
    import/importedtext.h
    import/textdecoder.h import/textdecoder.cpp
    import/htmlentities.h import/htmlentities.cpp
    import/htmltext.h import/htmltext.cpp
    import/markdownsyntax.h import/markdownsyntax.cpp
    import/markdowninline.h import/markdowninline.cpp
    import/markdowntext.h import/markdowntext.cpp
    import/nfc.h import/nfc.cpp
    import/textimporter.h import/textimporter.cpp
    import/documentimport.h import/documentimport.cpp
    import/textinput.h import/textinput.cpp
    import/existingclaims.h import/existingclaims.cpp
    import/claimsimport.h import/claimsimport.cpp
)
