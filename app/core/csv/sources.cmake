target_sources(demarche_core PRIVATE
    csv/csvfield.h
    csv/csvwriter.h csv/csvwriter.cpp
    csv/csvreader.h csv/csvreader.cpp
    csv/formulaescape.h csv/formulaescape.cpp
)
