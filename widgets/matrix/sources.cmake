# The matrix view: actors by topics, coloured by claims or mean position, with the
# claims of the current cell below.
target_sources(demarche_widgets PRIVATE
    matrix/matrixview.h matrix/matrixview.cpp
    matrix/matrixcelldelegate.h matrix/matrixcelldelegate.cpp
    matrix/matrixclaimlist.h matrix/matrixclaimlist.cpp
    matrix/matrixcolourscale.h matrix/matrixcolourscale.cpp
    matrix/matrixheaderview.h matrix/matrixheaderview.cpp
    matrix/matrixlegend.h matrix/matrixlegend.cpp
)
