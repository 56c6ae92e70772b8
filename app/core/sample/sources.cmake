# The bundled sample project. Its articles and sample.json are compiled in under :/sample
# by resources/CMakeLists.txt.
target_sources(demarche_core PRIVATE
    sample/sampletext.h
    sample/samplemanifest.h sample/samplemanifest.cpp
    sample/sampleproject.h sample/sampleproject.cpp
)
